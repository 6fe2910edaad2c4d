using System.Runtime.InteropServices;
using Doctoury.Graphics.Localization;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The plural rules against the machine's own ICU (libicu on Linux, which .NET's globalization
/// loads too), called through its C API: <c>uplrules_select</c>. Skipped where no ICU library is
/// found. ICU 72 (CLDR 42) and later agree with CLDR 48 on the whole-number rules of these languages;
/// the list patterns and Arabic's default digits did change since, so those are checked against the
/// CLDR 48 data in <see cref="LanguageTableTests"/>.
/// </summary>
public sealed class SystemIcuTests
{
    [IcuFact]
    public void Plural_rules_agree_with_the_system_ICU_for_0_to_1000_and_the_millions()
    {
        var icu = Icu.Load()!;
        long[] counts = [.. Enumerable.Range(0, 1001).Select(n => (long)n), 1_000_000, 2_000_000, 1_000_001, 21_000_000];
        foreach (var tag in new[] { "ar", "de", "en", "es", "fr", "he", "it", "pl", "pt", "pt_PT", "ru", "tr" })
        {
            var rule = LanguageTable.For(tag.Replace('_', '-')).Plural;
            var wrong = counts.Where(n => icu.Select(tag, n) != rule(n).ToString().ToLowerInvariant()).Select(n => $"{n}: ICU {icu.Select(tag, n)}, ours {rule(n)}").Take(5).ToList();
            Assert.True(wrong.Count == 0, $"{tag} (ICU {icu.Version}): {string.Join("; ", wrong)}");
        }
    }

    private sealed class IcuFactAttribute : FactAttribute
    {
        public IcuFactAttribute()
        {
            if (Icu.Load() is null) Skip = "No ICU library (libicui18n.so.NN) on this machine; the CLDR 48 data tests still ran.";
        }
    }

    /// <summary>The few ICU C functions needed, found by the version suffix ICU gives its symbols.</summary>
    private sealed class Icu(nint library, int version)
    {
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate nint Open([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate int SelectKeyword(nint rules, double number, [Out] ushort[] keyword, int capacity, ref int status);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate void Close(nint rules);

        public int Version => version;

        private static readonly Lazy<Icu?> Loaded = new(() =>
        {
            if (!OperatingSystem.IsLinux()) return null;
            for (var v = 90; v >= 50; v--)
            {
                if (NativeLibrary.TryLoad($"libicui18n.so.{v}", out var handle) && NativeLibrary.TryGetExport(handle, $"uplrules_open_{v}", out _)) return new Icu(handle, v);
            }
            return null;
        });

        public static Icu? Load() => Loaded.Value;

        private T Export<T>(string name) where T : Delegate => Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, $"{name}_{version}"));

        public string Select(string locale, long n)
        {
            var status = 0;
            var rules = Export<Open>("uplrules_open")(locale, ref status);
            if (status > 0) throw new InvalidOperationException($"uplrules_open({locale}) failed: {status}");
            try
            {
                var keyword = new ushort[32];
                var length = Export<SelectKeyword>("uplrules_select")(rules, n, keyword, keyword.Length, ref status);
                if (status > 0) throw new InvalidOperationException($"uplrules_select failed: {status}");
                return new string(keyword.Take(length).Select(c => (char)c).ToArray());
            }
            finally
            {
                Export<Close>("uplrules_close")(rules);
            }
        }
    }
}
