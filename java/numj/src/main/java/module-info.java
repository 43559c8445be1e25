module dev.numj {
    exports dev.numj;
    exports dev.numj.nn;
}
