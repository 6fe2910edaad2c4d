using System.Runtime.InteropServices;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// Keeps a batch's memory flat on Linux. glibc raises its mmap threshold to the largest block
/// freed (up to 32 MiB), so once the first picture's drawing surface (26 MB at 2x) is freed, the
/// next surfaces come from heap arenas that keep their pages, one arena per thread: a 100-spec
/// batch then peaked at 205 MB against 89 MB for one spec. A fixed threshold keeps every large
/// block mapped on its own and returned when freed (125 MB for the batch). Measured with
/// scripts/speed-check.sh; only this process is affected, never a host using the library.
/// </summary>
internal static partial class LargeBlocks
{
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD in glibc's malloc.h

    public static void ReturnToTheSystemWhenFreed()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = mallopt(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library (musl has no such knob): nothing to tune.
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int mallopt(int param, int value);
}
