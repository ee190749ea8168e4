import { describe, expect, it } from "vitest";
import { htmlToText, readHtmlPage } from "../../src/ingest/htmlToText.ts";

const PAGE = `<!doctype html>
<html><head><title>Site title</title><style>p { color: red }</style>
<script>var tracking = "Russia condemns";</script></head>
<body>
<header><a href="/">News Site</a></header>
<nav><ul><li>World</li><li>Politics</li></ul></nav>
<article>
  <header><h1>Kremlin rejects Biden&rsquo;s conditions</h1></header>
  <p>Moscow&nbsp;said   it <b>rejects</b> the
     conditions.</p>
  <p>Peskov added: &quot;no talks&quot; &amp; no deal.</p>
  <aside>Related: other story</aside>
  <footer>Share this</footer>
</article>
<footer>Copyright</footer>
</body></html>`;

describe("htmlToText", () => {
  it("keeps the article and drops page chrome, scripts and styles", () => {
    expect(htmlToText(PAGE)).toBe(
      'Kremlin rejects Biden’s conditions\n\nMoscow said it rejects the conditions.\n\nPeskov added: "no talks" & no deal.',
    );
  });

  it("prefers <main> when there is no <article>", () => {
    const html =
      "<body><div>Cookie banner</div><main><h2>Title</h2><p>Story text.</p></main><div>Ads</div></body>";
    expect(htmlToText(html)).toBe("Title\n\nStory text.");
  });

  it("reads the whole body without <article> or <main>, dropping the site header", () => {
    const html = "<body><header>Site</header><div>First.</div><div>Second.</div><footer>Foot</footer></body>";
    expect(htmlToText(html)).toBe("First.\n\nSecond.");
  });

  it("reads several top-level articles, nested ones once", () => {
    const html =
      "<article><p>One.</p><article><p>Nested.</p></article></article><article><p>Two.</p></article>";
    expect(htmlToText(html)).toBe("One.\n\nNested.\n\nTwo.");
  });

  it("turns blocks into paragraphs and <br> into line breaks", () => {
    expect(htmlToText("<p>a<br>b</p><ul><li>x</li><li>y</li></ul><h3>z</h3>")).toBe("a\nb\n\nx\n\ny\n\nz");
    expect(htmlToText("<table><tr><td>USA</td><td>condemns</td></tr></table>")).toBe("USA condemns");
  });

  it("decodes named, decimal and hex entities", () => {
    expect(htmlToText("<p>Caf&eacute; &#8212; &#x2019; &lt;3 &copy;</p>")).toBe("Café — ’ <3 ©");
  });

  it("never turns markup into text: <img onerror> and <script> vanish", () => {
    const text = htmlToText('<p>Hello <img src=x onerror="alert(1)"> world<script>alert(2)</script></p>');
    expect(text).toBe("Hello world");
    expect(text).not.toMatch(/[<>]/);
  });

  it("keeps escaped markup as the literal characters it stands for (it is data, shown escaped)", () => {
    expect(htmlToText("<p>&lt;img onerror=x&gt;</p>")).toBe("<img onerror=x>");
  });

  it("drops hidden elements and comments", () => {
    expect(
      htmlToText('<p>seen<!-- hidden comment --></p><p hidden>no</p><p style="display:none">no</p>'),
    ).toBe("seen");
  });

  it("survives deeply nested markup without overflowing the stack", () => {
    const depth = 20000;
    const html = `${"<div>".repeat(depth)}deep${"</div>".repeat(depth)}`;
    expect(htmlToText(html)).toBe("deep");
  });

  it("returns an empty string for a page without text", () => {
    expect(htmlToText("<html><head><script>x()</script></head><body><img src=a></body></html>")).toBe("");
  });
});

describe("readHtmlPage", () => {
  it("reads title, publication date and canonical URL from the page metadata", () => {
    const page = readHtmlPage(`<html><head>
      <meta property="og:title" content="Kremlin rejects conditions">
      <meta property="article:published_time" content="2022-12-02T10:15:00+00:00">
      <link rel="canonical" href="https://example.org/kremlin">
      </head><body><article><p>Text.</p></article></body></html>`);
    expect(page).toEqual({
      text: "Text.",
      title: "Kremlin rejects conditions",
      date: "2022-12-02",
      source: "https://example.org/kremlin",
    });
  });

  it("ignores a metadata date that is not a real date", () => {
    expect(readHtmlPage('<meta name="date" content="yesterday"><p>x</p>').date).toBeUndefined();
  });
});
