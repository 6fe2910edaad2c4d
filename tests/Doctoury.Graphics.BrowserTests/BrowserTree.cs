using System.Text.Json;
using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>One node of Chromium's accessibility tree.</summary>
internal sealed record AxNode(string Id, string Role, string Name, bool Ignored, IReadOnlyList<string> ChildIds, string? ParentId);

/// <summary>
/// Chromium's own accessibility tree for a page, read through the DevTools protocol
/// (<c>Accessibility.getFullAXTree</c>): what a screen reader is given, not a reconstruction.
/// </summary>
internal sealed class BrowserTree
{
    private readonly Dictionary<string, AxNode> _byId;

    private BrowserTree(IReadOnlyList<AxNode> nodes)
    {
        Nodes = nodes;
        _byId = nodes.ToDictionary(n => n.Id);
    }

    public IReadOnlyList<AxNode> Nodes { get; }

    public static async Task<BrowserTree> Read(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        var result = await session.SendAsync("Accessibility.getFullAXTree");
        var nodes = result!.Value.GetProperty("nodes").EnumerateArray().Select(n => new AxNode(
            n.GetProperty("nodeId").GetString()!,
            Value(n, "role"),
            Value(n, "name"),
            n.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean(),
            n.TryGetProperty("childIds", out var children) ? children.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
            n.TryGetProperty("parentId", out var parent) ? parent.GetString() : null)).ToList();
        await session.DetachAsync();
        return new BrowserTree(nodes);
    }

    public IEnumerable<AxNode> Children(AxNode node) => node.ChildIds.Where(_byId.ContainsKey).Select(id => _byId[id]);

    public AxNode? Parent(AxNode node)
    {
        // Ignored nodes sit between an exposed node and its exposed parent; skip them.
        var parent = node.ParentId is { } id && _byId.TryGetValue(id, out var p) ? p : null;
        while (parent is { Ignored: true }) parent = parent.ParentId is { } up && _byId.TryGetValue(up, out var q) ? q : null;
        return parent;
    }

    /// <summary>Every descendant a screen reader is given (not ignored).</summary>
    public IEnumerable<AxNode> ExposedDescendants(AxNode node)
    {
        foreach (var child in Children(node))
        {
            if (!child.Ignored) yield return child;
            foreach (var below in ExposedDescendants(child)) yield return below;
        }
    }

    private static string Value(JsonElement node, string property) =>
        node.TryGetProperty(property, out var p) && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
