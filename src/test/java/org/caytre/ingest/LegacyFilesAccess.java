package org.caytre.ingest;

/** Test documents of this package for tests elsewhere (the CLI): legacy 8-bit files and a zip bomb. */
public final class LegacyFilesAccess {
    private LegacyFilesAccess() {}

    public static byte[] tcvn3(String unicode) { return LegacyFiles.tcvn3(unicode); }

    public static byte[] vni(String unicode) { return LegacyFiles.vni(unicode); }

    public static byte[] zipBomb(int mb) throws Exception { return LimitsTest.zipBomb(mb); }
}
