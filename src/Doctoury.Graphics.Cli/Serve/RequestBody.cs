using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Doctoury.Graphics.Cli.Serve;

/// <summary>A spec read from a request body, or why it could not be.</summary>
internal sealed record BodyResult(string? Yaml, int Status = 200, string? Title = null, string? Detail = null);

/// <summary>
/// Reads the YAML body of a request with every limit applied before the bytes are kept: the declared
/// length, the bytes actually sent, the time taken (a slow client is cut off, not waited for), the
/// media type and the encoding.
/// </summary>
internal static class RequestBody
{
    /// <summary>YAML's types, and the two that curl and fetch send unless told otherwise (the body is read as YAML all the same).</summary>
    private static readonly string[] Types = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<BodyResult> ReadAsync(HttpContext context, ServeOptions options)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxBodyBytes) return TooLarge(options);
        if (request.ContentType is { } type && !Types.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "The body must be a YAML spec.", $"Send it as application/yaml (or text/yaml, text/plain); '{type}' is not read.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.ReadTimeout);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxBodyBytes + 1, 64 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxBodyBytes + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), timeout.Token);
                if (read == 0) break;
                length += read;
                if (length > options.MaxBodyBytes) return TooLarge(options);
            }
            if (length == 0) return new(null, StatusCodes.Status400BadRequest, "The request has no spec.", "Send a YAML spec as the body, for example the output of 'doctoury-graphics init'.");
            return new(StrictUtf8.GetString(buffer, 0, length));
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return new(null, StatusCodes.Status408RequestTimeout, "The body came too slowly.", $"Send the whole spec within {options.ReadTimeout.TotalSeconds:0} seconds.");
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits: the body is over MaxRequestBodySize or arrives under the minimum rate.
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(options) : new(null, e.StatusCode, "The body could not be read.", e.Message);
        }
        catch (DecoderFallbackException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The body is not UTF-8.", "Save the spec as UTF-8.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BodyResult TooLarge(ServeOptions options) =>
        new(null, StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"A spec is at most {options.MaxBodyBytes / 1024} KiB.");
}
