package dev.seamsim.pages;

import io.javalin.http.Context;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Small helpers for the server-rendered pages: every piece of data goes through {@link #esc}; markup is built
 * from literals. One stylesheet for all pages, inline, so there is nothing to serve or build.
 */
final class Html {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1d2430}
            main{max-width:980px;margin:0 auto;padding:24px}
            .card{background:#fff;border:1px solid #dde1e7;border-radius:10px;padding:20px 24px;margin:16px 0}
            .narrow{max-width:420px;margin:40px auto}
            h1{font-size:1.4em;margin:0 0 12px}h2{font-size:1.15em;margin:0 0 10px}h3{font-size:1em;margin:18px 0 6px}
            header{background:#1d2430;color:#fff;padding:10px 24px;font-weight:600}header span{opacity:.6;font-weight:400}
            a{color:#2453d4}table{border-collapse:collapse;width:100%;font-size:.9em}
            th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceef2;vertical-align:top}th{color:#5b6475}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}dt{color:#5b6475}dd{margin:0}
            code{background:#eef0f4;border-radius:4px;padding:1px 4px;font-size:.88em;word-break:break-all}
            button.copy{border:0;background:none;cursor:pointer;font-size:.8em;color:#5b6475;padding:0 2px}
            label{display:block;margin:10px 0 4px;color:#5b6475}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;border:1px solid #c5cad3;border-radius:6px}
            button.primary{margin-top:16px;width:100%;padding:10px;border:0;border-radius:6px;background:#2453d4;color:#fff;font-size:1em;cursor:pointer}
            ul.providers{list-style:none;padding:0}ul.providers a{display:block;padding:10px 12px;margin:6px 0;border:1px solid #dde1e7;border-radius:6px;text-decoration:none}
            .error{background:#fdecec;color:#9b1c1c;border-radius:6px;padding:8px 12px}
            .ok{background:#e7f6ec;color:#1b6b36;border-radius:6px;padding:8px 12px}
            .muted{color:#5b6475;font-size:.9em}.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:.8em;background:#eef0f4}
            .badge.good{background:#e7f6ec;color:#1b6b36}.badge.bad{background:#fdecec;color:#9b1c1c}.badge.wait{background:#fff4e0;color:#8a5a00}
            """;
    private static final String COPY_SCRIPT = "<script>function seamsimCopy(b){navigator.clipboard.writeText("
            + "b.previousElementSibling.textContent).then(()=>{b.textContent='copied';setTimeout(()=>b.textContent='copy',1200)})}"
            + "</script>";

    private Html() {}

    /** Text made safe for element content and quoted attribute values. */
    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An id or key in {@code <code>} with a button that copies it. */
    static String copyable(Object value) {
        if (value == null) return "<span class=\"muted\">none</span>";
        return "<code>" + esc(value) + "</code><button class=\"copy\" type=\"button\" onclick=\"seamsimCopy(this)\">copy</button>";
    }

    /** The anchor of an object on the dashboard: ids repeat across workspaces seeded alike, so scoped by workspace. */
    static String anchor(String workspaceId, Object id) {
        return workspaceId + "/" + id;
    }

    /** A link to an object's row on the same page, showing the id. */
    static String ref(String workspaceId, Object id) {
        if (id == null) return "<span class=\"muted\">none</span>";
        return "<a href=\"#" + esc(anchor(workspaceId, id)) + "\"><code>" + esc(id) + "</code></a>";
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static String time(Instant at) {
        return at == null ? "<span class=\"muted\">none</span>" : "<time>" + esc(at) + "</time>";
    }

    static String badge(String kind, String text) {
        return "<span class=\"badge " + esc(kind) + "\">" + esc(text) + "</span>";
    }

    /** A definition list of label/markup pairs (labels are escaped; values are markup already). */
    static String facts(String... labelsAndValues) {
        StringBuilder out = new StringBuilder("<dl>");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            out.append("<dt>").append(esc(labelsAndValues[i])).append("</dt><dd>").append(labelsAndValues[i + 1]).append("</dd>");
        }
        return out.append("</dl>").toString();
    }

    /** A table with escaped headers; each row's cells come from {@code cells} as markup. */
    static <T> String table(Collection<T> rows, Function<T, String> rowId, Function<T, String[]> cells, String... headers) {
        if (rows.isEmpty()) return "<p class=\"muted\">none</p>";
        StringBuilder out = new StringBuilder("<table><tr>");
        for (String h : headers) out.append("<th>").append(esc(h)).append("</th>");
        out.append("</tr>");
        for (T row : rows) {
            out.append("<tr id=\"").append(esc(rowId.apply(row))).append("\">");
            for (String cell : cells.apply(row)) out.append("<td>").append(cell).append("</td>");
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    static String list(Collection<String> markup) {
        if (markup.isEmpty()) return "<span class=\"muted\">none</span>";
        return markup.stream().collect(Collectors.joining(", "));
    }

    /** Writes a whole page: {@code title} is escaped, {@code body} is markup. */
    static void page(Context ctx, int status, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                        + "<title>" + esc(title) + " · Seam Simulator</title><style>" + CSS + "</style>" + COPY_SCRIPT
                        + "</head><body><header>Seam Simulator <span>· " + esc(title) + "</span></header><main>"
                        + body + "</main></body></html>");
    }

    /** A page with one centred card: a heading and some markup. */
    static void card(Context ctx, int status, String title, String content) {
        page(ctx, status, title, "<div class=\"card narrow\"><h1>" + esc(title) + "</h1>" + content + "</div>");
    }
}
