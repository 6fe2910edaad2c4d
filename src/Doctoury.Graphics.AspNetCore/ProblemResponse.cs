using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>
/// An RFC 9457 problem details body (<c>application/problem+json</c>), written by hand so the
/// endpoint needs no reflection-based serializer and stays Native AOT clean.
/// </summary>
internal static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail = null, IEnumerable<string>? errors = null, Action<Utf8JsonWriter>? extra = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            if (detail is not null) json.WriteString("detail", detail);
            json.WriteString("instance", context.Request.Path.Value);
            if (errors is not null)
            {
                json.WriteStartArray("errors");
                foreach (var error in errors) json.WriteStringValue(error);
                json.WriteEndArray();
            }
            extra?.Invoke(json);
            json.WriteEndObject();
        }
        memory.WriteByte((byte)'\n');
        response.ContentLength = memory.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(memory.GetBuffer().AsMemory(0, (int)memory.Length), context.RequestAborted);
    }
}
