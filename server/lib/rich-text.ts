import sanitizeHtml from "sanitize-html";

/**
 * Rich text that staff publish (政务公开 articles …) is sanitised when it is SAVED, with an allow-list
 * (sanitize-html): headings, paragraphs, lists, tables, emphasis, links and images. Everything else
 * goes — <script>/<style>/<iframe> with their content, every `on*` handler, `style`, `class`, and
 * any URL whose scheme is not http(s)/mailto/tel (so `javascript:` and `data:` never survive; also
 * when hidden with entities, whitespace or mixed case, which sanitize-html normalises before it
 * checks). Pages then render the stored HTML as it is.
 */

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "u",
    "s",
    "sub",
    "sup",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "width", "height"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // images: our own files (relative) or https only
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // the page has its own <h1>; emphasis tags are normalised
    h1: "h2",
    b: "strong",
    i: "em",
    strike: "s",
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : { ...attribs, rel: "" } };
    },
  },
};

/** The allow-listed HTML of `html` (see the module comment). */
export function sanitizeRichText(html: string): string {
  return (
    sanitizeHtml(html, OPTIONS)
      .replace(/ rel=""/g, "")
      // a link whose URL was removed keeps its text, not an empty <a>
      .replace(/<a(?:\s+(?:title|rel)="[^"]*")*>([\s\S]*?)<\/a>/g, "$1")
      .trim()
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** Plain text of (sanitised) rich text: block ends become line breaks, entities are decoded. */
export function richTextToPlain(html: string): string {
  const withBreaks = html.replace(/<\/(p|h[1-6]|li|tr|blockquote|figcaption|caption)>|<br\s*\/?>/gi, "\n");
  return sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
      if (ENTITIES[name.toLowerCase()] !== undefined) return ENTITIES[name.toLowerCase()]!;
      if (name[0] === "#") {
        const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return m;
    })
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
