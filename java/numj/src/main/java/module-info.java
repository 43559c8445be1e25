module dev.numj {
    exports dev.numj;
}
