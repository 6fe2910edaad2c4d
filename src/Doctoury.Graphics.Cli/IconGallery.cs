using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// One self-contained HTML page showing every bundled icon with its name, grouped by its Health
/// Icons category, with a search box that matches the same words as <c>icons &lt;words&gt;</c> and a
/// button per icon that copies its name. Each icon is drawn once, as a <c>&lt;symbol&gt;</c> in one
/// inline sprite, and shown with <c>&lt;use&gt;</c>. The page makes no request of its own: no
/// script, style, font or picture from elsewhere.
/// </summary>
internal static class IconGallery
{
    /// <summary>The group of icons that neither Health Icons nor their family describe.</summary>
    public const string Other = "Other";

    /// <summary>The whole page, every bundled icon in it.</summary>
    public static string Page() => Page(Bundled.Icons);

    /// <summary>The whole page as the watch preview serves it, built once: with a way back to the preview.</summary>
    public static string InPreview => _inPreview.Value;

    private static readonly Lazy<string> _inPreview = new(() => Page(Bundled.Icons, back: "/"));

    /// <summary>The page with only <paramref name="icons"/> (in any order; the page groups and sorts them).</summary>
    /// <param name="back">A link to the page that opened this one, such as the preview; none in a written file.</param>
    public static string Page(IReadOnlyList<BundledIcon> icons, string? back = null)
    {
        var groups = Groups(icons);
        var html = new StringBuilder(3_000_000);
        html.Append($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Bundled icons · Doctoury.Graphics</title>
            <style>{{Css}}</style>
            </head>
            <body>
            <header>
            {{(back is null ? "" : $"<p><a href=\"{back}\">Back to the preview</a></p>")}}
            <h1>Bundled icons</h1>
            <p>Health Icons by Resolve to Save Lives (MIT). Write a name after <code>icon:</code> in a spec; select an icon to copy its name.</p>
            <div class="search"><label for="q">Search icons by meaning</label>
            <input id="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="count"></div>
            <p id="count" role="status">{{icons.Count}} of {{icons.Count}} icons shown</p>
            <p id="copied" class="vh" role="status"></p>
            </header>
            <main>

            """);
        html.Append("<svg class=\"sprite\" aria-hidden=\"true\" focusable=\"false\">");
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var icon in groups.SelectMany(g => g.Icons))
        {
            var id = "i" + symbols.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            symbols[icon.Name] = id;
            html.Append(Symbol(icon.Name, id));
        }
        html.Append("</svg>\n");
        foreach (var (title, members) in groups)
        {
            var heading = "g-" + string.Concat(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
            html.Append($"<section aria-labelledby=\"{heading}\"><h2 id=\"{heading}\">{E(title)} <span class=\"n\">{members.Count}</span></h2><ul>\n");
            foreach (var icon in members)
            {
                html.Append($"<li data-w=\"{E(string.Join(' ', icon.Words))}\"");
                if (icon.WholeWords.Count > 0) html.Append($" data-x=\"{E(string.Join(' ', icon.WholeWords))}\"");
                // The button's name is "Copy heart-organ": a hidden "Copy " before the visible name.
                html.Append($"><button><svg aria-hidden=\"true\"><use href=\"#{symbols[icon.Name]}\"/></svg><span class=\"vh\">Copy </span><span>{E(icon.Name)}</span></button>");
                if (icon.Aliases.Count > 0) html.Append($"<span class=\"also\">also {E(string.Join(", ", icon.Aliases))}</span>");
                html.Append("</li>\n");
            }
            html.Append("</ul></section>\n");
        }
        html.Append($"""
            <p id="none" hidden>No icon matches. Try a simpler or more general word.</p>
            </main>
            <script>{Script}</script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>
    /// The icons whose words hold every word of <paramref name="query"/>, as the page's search box
    /// filters them: the icons <c>icons &lt;words&gt;</c> finds, and their variants.
    /// </summary>
    public static IReadOnlyList<BundledIcon> Matching(string query)
    {
        var words = QueryWords(query);
        return [.. Bundled.Icons.Where(icon => words.Count > 0 && words.All(w =>
            icon.Words.Contains(w) || icon.WholeWords.Contains(w) || (w.Length >= 3 && icon.Words.Any(v => v.StartsWith(w, StringComparison.Ordinal)))))];
    }

    /// <summary>A query split as the library splits it (and as the page's script does).</summary>
    internal static List<string> QueryWords(string query) =>
        [.. query.ToLowerInvariant().Split([' ', '-', '_', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Icons by Health Icons category; undescribed icons join their family's category (by their first word), else "Other".</summary>
    internal static List<(string Title, List<BundledIcon> Icons)> Groups(IReadOnlyList<BundledIcon> icons)
    {
        static string First(string name) => name.Split('-')[0];
        var families = Bundled.Icons.Where(i => i.Category.Length > 0 && First(i.Name).Length >= 4)
            .GroupBy(i => First(i.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(i => i.Category).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        string Category(BundledIcon icon) => icon.Category.Length > 0 ? icon.Category : families.GetValueOrDefault(First(icon.Name)) ?? "";
        return [.. icons.GroupBy(i => Title(Category(i)))
            .OrderBy(g => g.Key == Other ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(i => i.Name, StringComparer.Ordinal).ToList()))];
    }

    private static string Title(string category) => category switch
    {
        "" => Other,
        "ppe" => "PPE",
        _ => char.ToUpperInvariant(category[0]) + category[1..],
    };

    /// <summary>The icon's SVG from the library, as a &lt;symbol&gt; with the same view box and shapes.</summary>
    private static string Symbol(string name, string id)
    {
        var svg = XElement.Parse(Bundled.IconSvg(name));
        var symbol = new XElement("symbol", new XAttribute("id", id), new XAttribute("viewBox", svg.Attribute("viewBox")!.Value));
        foreach (var shape in svg.Elements())
        {
            symbol.Add(new XElement(shape.Name.LocalName, shape.Attributes().Where(a => !a.IsNamespaceDeclaration)
                .Select(a => new XAttribute(a.Name.LocalName, a.Name.LocalName == "d" ? PathPrecision.Round(a.Value) : a.Value))));
        }
        return symbol.ToString(SaveOptions.DisableFormatting).Replace(" />", "/>", StringComparison.Ordinal);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // Colours from the default theme's palette: body text #1F2933 (14.8:1 on white), muted #52606D
    // (6.5:1), focus and accent #1D5FA8 (6.4:1); every text passes WCAG 2.2 AA.
    private const string Css = """
        [hidden]{display:none!important}
        :root{color:#1F2933;background:#fff;font:16px/1.45 system-ui,sans-serif}
        body{margin:0 auto;max-width:90rem;padding:1rem 1.5rem 3rem}
        h1{color:#0F2A3D;margin:.5rem 0}
        h2{color:#0F2A3D;font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid #CBD2D9;padding-bottom:.25rem}
        h2 .n{color:#52606D;font-weight:400;font-size:1rem}
        header{position:sticky;top:0;background:#fff;padding-bottom:.5rem;border-bottom:1px solid #CBD2D9;z-index:1}
        .search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
        label{font-weight:600}
        input{font:inherit;padding:.4rem .6rem;min-width:16rem;border:1px solid #52606D;border-radius:.375rem;color:#1F2933;background:#fff}
        #count{color:#52606D;margin:.5rem 0 0}
        ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem}
        li{display:flex;flex-direction:column}
        button{font:inherit;font-size:.8125rem;color:#1F2933;background:#fff;border:1px solid #CBD2D9;border-radius:.5rem;padding:.75rem .25rem .5rem;display:flex;flex-direction:column;align-items:center;gap:.4rem;cursor:pointer;overflow-wrap:anywhere;min-height:6.5rem}
        button:hover{border-color:#1D5FA8;background:#F5F8FC}
        button svg{width:3rem;height:3rem;fill:currentColor;color:#0F2A3D}
        :focus-visible{outline:3px solid #1D5FA8;outline-offset:2px}
        button.done{border-color:#1E6B3A;color:#1E6B3A}
        .also{font-size:.75rem;color:#52606D;text-align:center;overflow-wrap:anywhere}
        .sprite{position:absolute;width:0;height:0;overflow:hidden}
        .vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
        code{font-size:.95em}
        """;

    // Matches as the library does: every query word must equal one of an icon's words, start one of
    // its name, title or tag words (three letters or more), or equal one of its category or family words.
    private const string Script = """
        (()=>{
        const q=document.getElementById('q'),count=document.getElementById('count'),copied=document.getElementById('copied'),none=document.getElementById('none');
        const items=[...document.querySelectorAll('li[data-w]')].map(li=>({li,w:li.dataset.w.split(' '),x:(li.dataset.x||'').split(' ')}));
        const sections=[...document.querySelectorAll('main section')];
        const split=t=>t.toLowerCase().split(/[ \-_\/,()]+/).filter(Boolean);
        function filter(){
          const words=split(q.value);let shown=0;
          for(const it of items){
            const ok=words.every(w=>it.w.includes(w)||it.x.includes(w)||(w.length>=3&&it.w.some(v=>v.startsWith(w))));
            it.li.hidden=!ok;if(ok)shown++;
          }
          for(const s of sections){const n=s.querySelectorAll('li:not([hidden])').length;s.hidden=n===0;s.querySelector('.n').textContent=n;}
          none.hidden=shown>0;
          count.textContent=shown+' of '+items.length+' icons shown';
        }
        q.addEventListener('input',filter);
        async function copy(name){
          try{await navigator.clipboard.writeText(name);return true;}catch(e){}
          const t=document.createElement('textarea');t.value=name;t.setAttribute('readonly','');t.className='vh';
          document.body.appendChild(t);t.select();let ok=false;try{ok=document.execCommand('copy');}catch(e){}t.remove();return ok;
        }
        document.addEventListener('click',async e=>{
          const b=e.target.closest('li>button');if(!b)return;
          const name=b.lastChild.textContent,ok=await copy(name);
          copied.textContent=ok?'Copied '+name:'Could not copy; the name is '+name;
          b.classList.add('done');setTimeout(()=>b.classList.remove('done'),1500);
        });
        if(q.value)filter();
        })();
        """;
}
