package dev.numj;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.numj.internal.Backends;
import dev.numj.internal.DeviceTransfer;
import dev.numj.internal.LayeringFixture;
import dev.numj.internal.cpu.CpuBackend;
import dev.numj.internal.cuda.CudaBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.*;

/**
 * NumJ's layers (docs/contributing.md, "Layers"): data flow down only,
 * {@code {linalg, io, random, nn} -> dev.numj -> internal -> backends -> ffi}. Each rule below is one
 * arrow that must not point up; a change that adds one fails here and names the class and the call.
 */
class ArchitectureTest {
    static final String[] API = {"dev.numj.linalg..", "dev.numj.io..", "dev.numj.random..", "dev.numj.nn.."};
    static final String[] MACHINERY = {"dev.numj.internal", "dev.numj.internal.linalg..", "dev.numj.internal.io..",
            "dev.numj.internal.format.."};
    static final String[] LOWER = {"dev.numj.internal.backend..", "dev.numj.internal.runtime..",
            "dev.numj.internal.cpu..", "dev.numj.internal.cuda..", "dev.numj.internal.ffi.."};

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        Path classes = Path.of(NDArray.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
        assertTrue(main.size() > 100, "imported " + main.size() + " classes from " + classes);
    }

    /** No machinery calls the façade ({@code NumJ}) or an API package above it. */
    static final ArchRule MACHINERY_NEVER_CALLS_UP = noClasses().that().resideInAPackage("dev.numj.internal..")
            .should().dependOnClassesThat().belongToAnyOf(NumJ.class)
            .orShould().dependOnClassesThat().resideInAnyPackage(API)
            .because("data flow down: the façade and the API packages call the machinery, never the reverse");

    @Test
    void machineryNeverCallsTheFacadeOrTheApiPackages() { MACHINERY_NEVER_CALLS_UP.check(main); }

    @Test
    void theLayeringRuleCatchesAMachineryCallToTheFacade() {
        String report = violationsOfTheFixture(MACHINERY_NEVER_CALLS_UP);
        assertTrue(report.contains("NumJ.zeros"), report);
    }

    /** What {@code rule} reports on LayeringFixture, which breaks it on purpose (the rule must fail there). */
    static String violationsOfTheFixture(ArchRule rule) {
        JavaClasses fixture = new ClassFileImporter().importClasses(LayeringFixture.class);
        return assertThrows(AssertionError.class, () -> rule.check(fixture)).getMessage();
    }

    /** NDArray's methods the machinery may call: property getters that read the array, never an operation. */
    static final Set<String> ARRAY_GETTERS = Set.of("dtype()", "ndim()", "size()", "itemSize()", "nbytes()", "device()",
            "isContiguous()", "isWriteable()", "base()", "shape(int)", "toString()", "equals(java.lang.Object)", "hashCode()");

    static final DescribedPredicate<JavaMethodCall> AN_ARRAY_OPERATION = DescribedPredicate.describe(
            "an operation of NDArray (anything but " + new TreeSet<>(ARRAY_GETTERS) + ")",
            call -> call.getTarget().getOwner().isEquivalentTo(NDArray.class)
                    && !ARRAY_GETTERS.contains(call.getTarget().getName() + "(" + call.getTarget().getRawParameterTypes().stream()
                            .map(t -> t.getName()).collect(Collectors.joining(",")) + ")"));

    /**
     * The machinery calls the machinery, not NDArray's operations: each of them is a delegation into the
     * machinery, so such a call is a round trip up through the API and down again.
     */
    static final ArchRule MACHINERY_NEVER_CALLS_ARRAY_OPERATIONS = noClasses().that().resideInAnyPackage(MACHINERY)
            .should().callMethodWhere(AN_ARRAY_OPERATION)
            .because("data flow down: NDArray's operations delegate to the machinery, which calls the machinery "
                    + "directly and reads an array's state through ArrayAccess");

    @Test
    void machineryNeverCallsArrayOperations() { MACHINERY_NEVER_CALLS_ARRAY_OPERATIONS.check(main); }

    @Test
    void theLayeringRuleCatchesAMachineryCallToAnArrayOperation() {
        String report = violationsOfTheFixture(MACHINERY_NEVER_CALLS_ARRAY_OPERATIONS);
        assertTrue(report.contains("NDArray.reshape"), report);
        assertFalse(report.contains("NDArray.dtype"), report);
    }

    @Test
    void coreDoesNotReachTheApiPackagesAboveIt() {
        noClasses().that().resideInAPackage("dev.numj").should().dependOnClassesThat().resideInAnyPackage(API)
                .because("dev.numj is below linalg, io, random and nn").check(main);
    }

    @Test
    void apiPackagesDependOnlyOnTheCoreAndBelow() {
        noClasses().that().resideInAnyPackage("dev.numj.linalg..", "dev.numj.io..", "dev.numj.random..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.numj.nn..")
                .because("nn, the seeds' toolkit, is built on the other namespaces, not under them").check(main);
        noClasses().that().resideInAnyPackage("dev.numj.linalg..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.numj.io..", "dev.numj.random..").check(main);
        noClasses().that().resideInAnyPackage("dev.numj.io..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.numj.linalg..", "dev.numj.random..").check(main);
        noClasses().that().resideInAnyPackage("dev.numj.random..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.numj.linalg..", "dev.numj.io..").check(main);
    }

    @Test
    void backendsRuntimeAndBindingsKnowNoArraysAndNoMachinery() {
        noClasses().that().resideInAnyPackage(LOWER)
                .should().dependOnClassesThat().resideInAnyPackage(MACHINERY)
                .orShould().dependOnClassesThat().resideInAnyPackage(API)
                .orShould().dependOnClassesThat().belongToAnyOf(NDArray.class, NumJ.class, Index.class, Scope.class)
                .because("kernels see operands (storage, offset, strides), never arrays").check(main);
    }

    @Test
    void theBackendInterfaceAndRuntimeDoNotKnowTheBackends() {
        noClasses().that().resideInAnyPackage("dev.numj.internal.backend..", "dev.numj.internal.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.numj.internal.cpu..", "dev.numj.internal.cuda..")
                .check(main);
    }

    @Test
    void generatedBindingsDependOnNothingOfNumJ() {
        noClasses().that().resideInAPackage("dev.numj.internal.ffi..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.numj..").and(not(resideInAnyPackage("dev.numj.internal.ffi.."))))
                .check(main);
    }

    @Test
    void onlyBackendsChoosesABackend() {
        noClasses().that().resideOutsideOfPackages("dev.numj.internal.cpu..", "dev.numj.internal.cuda..")
                .and(not(belongToAnyOf(Backends.class, DeviceTransfer.class)))
                .should().dependOnClassesThat().belongToAnyOf(CpuBackend.class, CudaBackend.class)
                .because("Backends.of is the one place a backend is chosen (DeviceTransfer moves bytes between devices)")
                .check(main);
    }

    @Test
    void theModuleExportsExactlyThePublicPackages() {
        ModuleDescriptor d = NDArray.class.getModule().getDescriptor();
        assertNotNull(d, "the tests run on the module path");
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("dev.numj", "dev.numj.io", "dev.numj.linalg", "dev.numj.nn", "dev.numj.random")), exported);
        Set<String> withClasses = main.stream().map(c -> c.getPackageName()).collect(Collectors.toCollection(TreeSet::new));
        for (String p : withClasses)
            assertTrue(exported.contains(p) || p.startsWith("dev.numj.internal"), "package " + p + " is neither exported nor internal");
    }

    @Test
    void anArraysStateIsPrivateAndReachedOnlyThroughArrayAccess() {
        for (Field f : NDArray.class.getDeclaredFields())
            if (!Modifier.isStatic(f.getModifiers()))
                assertTrue(Modifier.isPrivate(f.getModifiers()), "NDArray." + f.getName() + " is not private");
    }
}
