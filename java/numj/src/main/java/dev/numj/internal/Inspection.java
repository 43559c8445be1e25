package dev.numj.internal;

import dev.numj.DType;
import dev.numj.Device;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Array API's inspection namespace ({@code __array_namespace_info__()}) answered for NumJ: capabilities, devices
 * and dtypes, with NumPy 2's keys, order and errors. Every map is unmodifiable and ordered as NumPy orders its dict.
 */
public final class Inspection {
    private Inspection() {}

    /** The kind names of the standard's {@code dtypes(kind=...)}, as {@code isdtype} takes them. */
    public static final List<String> KINDS = List.of("bool", "signed integer", "unsigned integer", "integral", "real floating",
            "complex floating", "numeric");

    /** NumPy's keys: boolean indexing and data-dependent shapes (nonzero, unique, masks) are there; NumJ's rank limit. */
    public static Map<String, Object> capabilities() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("boolean indexing", true);
        m.put("data-dependent shapes", true);
        m.put("max dimensions", Shapes.MAX_DIMS);
        return Collections.unmodifiableMap(m);
    }

    /** The CPU, then every CUDA device this JVM can use (none without a driver or with {@code -Dnumj.cuda=off}). */
    public static List<Device> devices() {
        List<Device> d = new ArrayList<>();
        d.add(Device.CPU);
        for (int i = 0, n = Device.cudaDeviceCount(); i < n; i++) d.add(Device.cuda(i));
        return Collections.unmodifiableList(d);
    }

    /** null is the default device (the CPU); a CUDA device must be usable (else DeviceUnavailableException naming why). */
    static Device device(Device d) { return d == null ? Device.CPU : d.requireAvailable(); }

    /**
     * NumPy's defaults without its complex entry (NumJ has no complex dtype): float64 for real floating, int64 for
     * integral and for indexing (argmax, nonzero, argsort), the same on every device.
     */
    public static Map<String, DType> defaultDtypes(Device device) {
        device(device);
        Map<String, DType> m = new LinkedHashMap<>();
        m.put("real floating", DType.FLOAT64);
        m.put("integral", DType.INT64);
        m.put("indexing", DType.INT64);
        return Collections.unmodifiableMap(m);
    }

    /**
     * NumJ's dtypes by name (bool, int32, int64, float32, float64; every device has all five): all of them when
     * {@code kinds} is null (NumPy's {@code kind=None}), else those of any of the kinds (NumPy's tuple: kind by kind,
     * in the kinds' order), a null kind among them again meaning all, an empty array none. An unknown kind fails with NumPy's "unsupported kind: 'name'".
     */
    public static Map<String, DType> dtypes(Device device, String[] kinds) {
        device(device);
        if (kinds != null)
            for (String k : kinds)
                if (k != null && !KINDS.contains(k)) throw new IllegalArgumentException("unsupported kind: '" + k + "'");
        Map<String, DType> m = new LinkedHashMap<>();
        for (String k : kinds == null ? new String[] {null} : kinds)   // NumPy: the union, kind by kind, in the kinds' order
            for (DType d : DType.values())
                if (k == null || TypeInfo.isdtype(d, k)) m.putIfAbsent(d.toString(), d);
        return Collections.unmodifiableMap(m);
    }
}
