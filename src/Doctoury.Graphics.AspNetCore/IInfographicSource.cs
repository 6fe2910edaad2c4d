namespace Doctoury.Graphics.AspNetCore;

/// <summary>
/// Where the endpoint finds specs by id: a folder (<see cref="FolderInfographicSource"/>, the default)
/// or anything a site implements, such as a database table. Called on every request, so a
/// changed spec is served fresh at once: keep it cheap (the endpoint caches what it draws by content hash).
/// </summary>
public interface IInfographicSource
{
    /// <summary>The spec with this id, or null when there is none.</summary>
    /// <param name="id">A spec id as the spec format allows it (lower-case letters, digits and hyphens).</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    ValueTask<InfographicSpecText?> FindAsync(string id, CancellationToken cancellationToken);
}

/// <summary>The text of one spec.</summary>
/// <param name="Yaml">The spec.</param>
/// <param name="Name">The name diagnostics give for it, for example a file name or <c>db:specs/42</c>.</param>
/// <param name="Path">
/// The spec's file, when it has one: custom icon files (<c>icon: ./my-icon.svg</c>) are then read
/// from its folder. Null for specs that live elsewhere, which can use the bundled icons only.
/// </param>
public sealed record InfographicSpecText(string Yaml, string Name, string? Path = null);
