using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>render --shard i/n</c>: the <paramref name="Index"/>th of <paramref name="Count"/> parts of a
/// batch (1-based, as CI matrices count), so n jobs given the same inputs render each spec once.
/// </summary>
/// <remarks>
/// A spec's part is the first 8 bytes of SHA-256 of its <c>id</c>, big-endian, modulo n; a spec
/// that does not parse (so has no id) is placed by its file name instead, and fails in that part.
/// Why the id rather than the path: it is the same on every machine and OS and whatever folder or
/// spelling the command line uses, it does not depend on the other specs (adding one moves no other,
/// where sorting and dealing round-robin would shift every spec after it), and specs that share an
/// id land in the same part, so the duplicate-id error (DG0025) is still reported by the render
/// itself. The price is a parse of every spec of the batch in every job, which the duplicate check
/// did already. Balance is left to the hash: the 13 specs of <c>specs/</c> split 2, 6 and 5 in
/// three parts, which matters for speed only, never for correctness.
/// </remarks>
internal sealed record Shard(int Index, int Count)
{
    public const string Usage = "--shard takes i/n, two whole numbers with 1 <= i <= n, for example --shard 2/3 for the second of three parts.";

    /// <summary>The shard <c>--shard</c> names, or null when the text is not <c>i/n</c> with 1 ≤ i ≤ n.</summary>
    public static Shard? Parse(string? text)
    {
        if (text?.Split('/') is not [var index, var count]) return null;
        const NumberStyles Digits = NumberStyles.None; // no signs, spaces or separators: "1/3" only
        if (!int.TryParse(index, Digits, CultureInfo.InvariantCulture, out var i) || !int.TryParse(count, Digits, CultureInfo.InvariantCulture, out var n)) return null;
        return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
    }

    /// <summary>The part (1-based) of n that a spec with this key falls in.</summary>
    public static int PartOf(string key, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>What places a spec: its id, or its file name when it has none.</summary>
    public static string KeyOf(string file, string? id) => id ?? Path.GetFileName(file);

    /// <summary>The specs of this part, in the batch's order, each with its id (null when it does not parse).</summary>
    public IReadOnlyList<(string File, string? Id)> Select(IReadOnlyList<(string File, string? Id)> specs) =>
        specs.Where(s => PartOf(KeyOf(s.File, s.Id), Count) == Index).ToList();

    public override string ToString() => $"{Index}/{Count}";
}
