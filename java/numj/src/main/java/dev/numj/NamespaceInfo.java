package dev.numj;

import dev.numj.internal.Inspection;

import java.util.List;
import java.util.Map;

/**
 * The Array API's inspection namespace for NumJ, NumPy's {@code np.__array_namespace_info__()}: what NumJ can do
 * ({@link #capabilities()}), on which devices ({@link #devices()}) and with which dtypes ({@link #dtypes()},
 * {@link #defaultDtypes()}). Get it from {@link NumJ#arrayNamespaceInfo()}. The maps and lists are unmodifiable and
 * keep NumPy's order; NumJ has no complex dtypes, so no "complex floating" entry or dtype appears (the kind
 * {@code "complex floating"} gives an empty map).
 * <pre>{@code
 * NamespaceInfo info = arrayNamespaceInfo();
 * info.dtypes(null, "real floating").keySet();   // [float32, float64]
 * info.capabilities().get("max dimensions");      // 32
 * }</pre>
 */
public final class NamespaceInfo {
    static final NamespaceInfo INSTANCE = new NamespaceInfo();

    private NamespaceInfo() {}

    /**
     * NumPy {@code info.capabilities()}: {@code "boolean indexing"} true (a mask selects, {@code a.get(mask)}),
     * {@code "data-dependent shapes"} true (nonzero, unique, masks give shapes known only from the values) and
     * {@code "max dimensions"}, NumJ's limit on an array's rank: 32 (NumPy's is 64).
     * <pre>{@code
     * arrayNamespaceInfo().capabilities();   // {boolean indexing=true, data-dependent shapes=true, max dimensions=32}
     * }</pre>
     *
     * @return the capabilities by the standard's names: two Booleans and an Integer
     */
    public Map<String, Object> capabilities() { return Inspection.capabilities(); }

    /**
     * NumPy {@code info.default_device()}: where arrays are made when no device is named, {@link Device#CPU}.
     * <pre>{@code
     * arrayNamespaceInfo().defaultDevice();   // cpu
     * }</pre>
     *
     * @return the CPU
     */
    public Device defaultDevice() { return Device.CPU; }

    /**
     * NumPy {@code info.default_dtypes()} on the default device: {@code "real floating"} float64, {@code "integral"}
     * int64, {@code "indexing"} int64 (the dtype of argmax, nonzero and argsort results); NumPy's
     * {@code "complex floating"} entry is absent, as NumJ has no complex dtype.
     * <pre>{@code
     * arrayNamespaceInfo().defaultDtypes().get("real floating");   // float64
     * }</pre>
     *
     * @return the default dtypes by kind
     */
    public Map<String, DType> defaultDtypes() { return Inspection.defaultDtypes(null); }

    /**
     * NumPy {@code info.default_dtypes(device=device)}: the same defaults on every device; null is the default
     * device, and a CUDA device this JVM cannot use throws {@link DeviceUnavailableException} naming why (NumPy,
     * which knows only "cpu", raises a ValueError for any other device).
     * <pre>{@code
     * arrayNamespaceInfo().defaultDtypes(Device.CPU).get("indexing");   // int64
     * }</pre>
     *
     * @param device the device asked about, or null for the default one
     * @return the default dtypes by kind
     */
    public Map<String, DType> defaultDtypes(Device device) { return Inspection.defaultDtypes(device); }

    /**
     * NumPy {@code info.devices()}: {@link Device#CPU}, then {@code Device.cuda(i)} for every GPU this JVM can use
     * ({@link Device#cudaDeviceCount()}; only the CPU without an NVIDIA driver or with {@code -Dnumj.cuda=off}).
     * <pre>{@code
     * arrayNamespaceInfo().devices();   // [cpu] on a machine without a GPU, [cpu, cuda:0] with one
     * }</pre>
     *
     * @return the devices, the CPU first
     */
    public List<Device> devices() { return Inspection.devices(); }

    /**
     * NumPy {@code info.dtypes()}: every dtype NumJ has, by NumPy's name: bool, int32, int64, float32, float64.
     * <pre>{@code
     * arrayNamespaceInfo().dtypes().keySet();   // [bool, int32, int64, float32, float64]
     * }</pre>
     *
     * @return the dtypes by name, in NumPy's order
     */
    public Map<String, DType> dtypes() { return Inspection.dtypes(null, null); }

    /**
     * NumPy {@code info.dtypes(device=device, kind=kind)}: NumJ's dtypes of one kind, {@code "bool"},
     * {@code "signed integer"}, {@code "unsigned integer"}, {@code "integral"}, {@code "real floating"},
     * {@code "complex floating"} or {@code "numeric"} (as {@link NumJ#isdtype(DType, String)} reads them), or all of
     * them for a null kind. An unknown kind fails with NumPy's "unsupported kind: 'name'"; unsigned and complex kinds
     * give an empty map (NumJ has neither).
     * <pre>{@code
     * arrayNamespaceInfo().dtypes(null, "integral").keySet();   // [int32, int64]
     * arrayNamespaceInfo().dtypes(Device.CPU, "numeric");        // int32, int64, float32, float64
     * }</pre>
     *
     * @param device the device asked about (every device has the same dtypes), or null for the default one
     * @param kind the kind name, or null for every dtype
     * @return the dtypes of that kind by name, in NumPy's order
     */
    public Map<String, DType> dtypes(Device device, String kind) { return Inspection.dtypes(device, kind == null ? null : new String[] {kind}); }

    /**
     * NumPy {@code info.dtypes(device=device, kind=(kind, ...))}: the dtypes of any of the kinds (a null among them
     * meaning every dtype, as NumPy's None in the tuple).
     * <pre>{@code
     * arrayNamespaceInfo().dtypes(null, "bool", "integral").keySet();   // [bool, int32, int64]
     * }</pre>
     *
     * @param device the device asked about, or null for the default one
     * @param kind the first kind name
     * @param moreKinds further kind names
     * @return the dtypes of any of the kinds by name, in NumPy's order
     */
    public Map<String, DType> dtypes(Device device, String kind, String... moreKinds) {
        int more = moreKinds == null ? 0 : moreKinds.length;
        String[] kinds = new String[1 + more];
        kinds[0] = kind;
        if (more > 0) System.arraycopy(moreKinds, 0, kinds, 1, more);
        return Inspection.dtypes(device, kinds);
    }
}
