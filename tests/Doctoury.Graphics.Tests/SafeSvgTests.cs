using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Doctoury.Graphics.Rendering.Png;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// Svg.Skia, as this library loads it, opens no file and no connection whatever the SVG says.
/// A loopback listener counts connections; a FIFO catches file opens, because opening one for
/// reading blocks until a writer comes. Measured with Svg.Skia's defaults, the image, use and
/// entity cases below connect, and the file cases block.
/// </summary>
public sealed class SafeSvgTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TempFolder _folder = new();
    private readonly string _fifo;

    public SafeSvgTests()
    {
        _listener.Start();
        _fifo = Path.Combine(_folder.Path, "trap");
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = Process.Start("mkfifo", _fifo);
            mkfifo.WaitForExit();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _folder.Dispose();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static TheoryData<string> Leaks => new()
    {
        "<style>@import url(http://127.0.0.1:PORT/a.css);</style><rect width='5' height='5'/>",
        "<style>@import url(file://FIFO);</style><rect width='5' height='5'/>",
        "<style>rect { fill: url(http://127.0.0.1:PORT/p.svg#g) }</style><rect width='5' height='5'/>",
        "<image width='5' height='5' xlink:href='http://127.0.0.1:PORT/a.png'/>",
        "<image width='5' height='5' xlink:href='file://FIFO'/>",
        "<use xlink:href='http://127.0.0.1:PORT/a.svg#x'/>",
        "<use xlink:href='file://FIFO#x'/>",
        "<filter id='f'><feImage xlink:href='http://127.0.0.1:PORT/a.png'/></filter><rect width='5' height='5' filter='url(#f)'/>",
        "<rect width='5' height='5' fill='url(http://127.0.0.1:PORT/p.svg#g)'/>",
        "<script>fetch('http://127.0.0.1:PORT/js')</script><rect width='5' height='5' onload=\"fetch('http://127.0.0.1:PORT/js')\"/>",
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public void Loads_open_no_file_and_no_connection(string body)
    {
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'>"
            + body.Replace("PORT", Port.ToString()).Replace("FIFO", _fifo) + "</svg>";
        AssertNoReach(() => SafeSvg.Load(svg).Dispose());
    }

    [Fact]
    public void External_entities_in_a_DTD_are_not_resolved()
    {
        var svg = $"<!DOCTYPE svg [<!ENTITY a SYSTEM 'http://127.0.0.1:{Port}/e'><!ENTITY b SYSTEM 'file://{_fifo}'>]>"
            + "<svg xmlns='http://www.w3.org/2000/svg'><text>&a;&b;</text></svg>";
        AssertNoReach(() =>
        {
            try { SafeSvg.Load(svg).Dispose(); }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException) { } // refusing the DTD outright is fine
        });
    }

    private void AssertNoReach(Action load)
    {
        // A thread of its own, not the pool: when the whole suite starts at once the pool can be
        // starved for seconds, and a load that never began would read as one that blocked. A block
        // on the FIFO lasts forever, so a generous limit still catches it.
        Exception? error = null;
        var thread = new Thread(() => { try { load(); } catch (Exception e) { error = e; } }) { IsBackground = true };
        thread.Start();
        var finished = thread.Join(TimeSpan.FromSeconds(30));
        if (finished && error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        Thread.Sleep(50);
        var connected = _listener.Pending();
        if (!finished || connected) Release();
        Assert.True(finished, "the load blocked: it opened the FIFO or waited on a connection");
        Assert.False(connected, "the load connected to the loopback listener");
    }

    /// <summary>Unblocks a load stuck on the FIFO or on a connection, so a failing test does not hang the run.</summary>
    private void Release()
    {
        while (_listener.Pending()) _listener.AcceptTcpClient().Close();
        // Opening a FIFO read-write never blocks on Linux; closing it gives the stuck reader an end of file.
        if (!OperatingSystem.IsWindows()) new FileStream(_fifo, FileMode.Open, FileAccess.ReadWrite).Dispose();
    }
}
