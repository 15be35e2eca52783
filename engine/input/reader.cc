#include "engine/input/reader.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <sstream>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "cmark.h"
#include "engine/input/suppression_comments.h"
#include "engine/json/json_reader.h"
#include "extractors/tokens.h"
#include "gumbo.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// The rest of `in`, read in blocks (a character at a time through
// istreambuf_iterator cost about 90 instructions a byte). `expected`
// reserves room when the size is known.
std::string ReadAll(std::istream& in, size_t expected = 0) {
  std::string bytes;
  bytes.reserve(expected);
  char buf[1 << 16];
  for (;;) {
    in.read(buf, sizeof buf);
    const std::streamsize got = in.gcount();
    if (got > 0) bytes.append(buf, static_cast<size_t>(got));
    if (!in) break;
  }
  return bytes;
}

// Builds Document::text from pieces of the original, recording the map.
class TextBuilder {
 public:
  explicit TextBuilder(Document* doc) : doc_(doc) {}
  void Copy(absl::string_view original, size_t from, size_t to) {
    if (to <= from) return;
    doc_->map.AddCopy(doc_->text.size(), from, to - from);
    doc_->text.append(original.data() + from, to - from);
  }
  void Replace(absl::string_view replacement, size_t orig_from, size_t orig_to) {
    doc_->map.AddReplacement(doc_->text.size(), replacement.size(), orig_from, orig_to);
    doc_->text.append(replacement.data(), replacement.size());
  }
  // Closes the current block (if it has text) with a paragraph break.
  void EndBlock(BlockKind kind, size_t orig_at) {
    if (doc_->text.size() > block_start_) {
      doc_->blocks.push_back(Block{{block_start_, doc_->text.size()}, kind});
      Replace("\n\n", orig_at, orig_at);
    }
    block_start_ = doc_->text.size();
  }
  size_t size() const { return doc_->text.size(); }

 private:
  Document* doc_;
  size_t block_start_ = 0;
};

// Lines as CommonMark counts them: ended by "\n", "\r\n" or a lone "\r".
struct Line {
  size_t start, end;  // end excludes the line ending
};
std::vector<Line> MarkdownLines(absl::string_view s) {
  std::vector<Line> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || s[i] == '\r') {
      lines.push_back({start, i});
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  lines.push_back({start, s.size()});
  return lines;
}

// --- Markdown -------------------------------------------------------------

// Length of YAML front matter ("---" ... "---" at the very start), or 0.
size_t FrontMatterEnd(absl::string_view s) {
  if (!absl::StartsWith(s, "---\n") && !absl::StartsWith(s, "---\r\n")) return 0;
  size_t pos = s.find('\n') + 1;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    absl::string_view line = s.substr(pos, (nl == absl::string_view::npos ? s.size() : nl) - pos);
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line == "---" || line == "...") {
      return nl == absl::string_view::npos ? s.size() : nl + 1;
    }
    if (nl == absl::string_view::npos) break;
    pos = nl + 1;
  }
  return 0;
}

// Copies one line of Markdown inline content, leaving out markup: code spans,
// emphasis markers, link targets, images, inline HTML; escapes keep the char.
void CopyInline(absl::string_view src, size_t from, size_t to, TextBuilder* b) {
  size_t run = from;
  size_t i = from;
  auto skip = [&](size_t until) {
    b->Copy(src, run, i);
    i = until;
    run = until;
  };
  while (i < to) {
    char c = src[i];
    if (c == '\\' && i + 1 < to && absl::ascii_ispunct(src[i + 1])) {
      skip(i + 1);
      ++i;  // keep the escaped character
      continue;
    }
    if (c == '`') {
      size_t n = 0;
      while (i + n < to && src[i + n] == '`') ++n;
      std::string fence(n, '`');
      size_t close = src.substr(0, to).find(fence, i + n);
      if (close != absl::string_view::npos) {
        skip(close + n);
        continue;
      }
      i += n;
      continue;
    }
    if (c == '!' && i + 1 < to && src[i + 1] == '[') {
      size_t close = src.substr(0, to).find(']', i);
      if (close != absl::string_view::npos && close + 1 < to && src[close + 1] == '(') {
        size_t paren = src.substr(0, to).find(')', close);
        if (paren != absl::string_view::npos) {
          skip(paren + 1);
          continue;
        }
      }
    }
    if (c == '[') {
      size_t close = src.substr(0, to).find(']', i);
      if (close != absl::string_view::npos && close + 1 < to &&
          (src[close + 1] == '(' || src[close + 1] == '[')) {
        char end = src[close + 1] == '(' ? ')' : ']';
        size_t target = src.substr(0, to).find(end, close + 2);
        if (target != absl::string_view::npos) {
          skip(i + 1);
          CopyInline(src, i, close, b);
          i = target + 1;
          run = i;
          continue;
        }
      }
    }
    if (c == '<') {
      size_t close = src.substr(0, to).find('>', i);
      if (close != absl::string_view::npos && i + 1 < to &&
          (absl::ascii_isalpha(src[i + 1]) || src[i + 1] == '/' || src[i + 1] == '!')) {
        skip(close + 1);
        continue;
      }
    }
    if (c == '*' || c == '_') {
      size_t n = 0;
      while (i + n < to && src[i + n] == c) ++n;
      bool left_word = i > from && absl::ascii_isalnum(src[i - 1]);
      bool right_word = i + n < to && absl::ascii_isalnum(src[i + n]);
      // Emphasis delimiters; an underscore inside a word is a character.
      if (c == '*' || !(left_word && right_word)) {
        skip(i + n);
        continue;
      }
      i += n;
      continue;
    }
    ++i;
  }
  b->Copy(src, run, to);
}

}  // namespace

// The UTF-16 or UTF-32 encoding `bytes` are in, by their byte-order mark or
// by the NULs of ASCII text in two-byte units; empty when neither.
std::string WideEncoding(absl::string_view bytes) {
  auto starts = [&](absl::string_view bom) { return absl::StartsWith(bytes, bom); };
  if (starts(absl::string_view("\xFF\xFE\0\0", 4))) return "UTF-32 (little-endian)";
  if (starts(absl::string_view("\0\0\xFE\xFF", 4))) return "UTF-32 (big-endian)";
  if (starts("\xFF\xFE")) return "UTF-16 (little-endian)";
  if (starts("\xFE\xFF")) return "UTF-16 (big-endian)";
  // Without a mark: text whose every other byte is NUL, in the first 256.
  size_t n = std::min<size_t>(bytes.size() & ~size_t{1}, 256);
  if (n < 4) return "";
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; ++i) (i % 2 ? odd_nul : even_nul) += bytes[i] == '\0';
  if (odd_nul * 10 >= n / 2 * 9 && even_nul == 0) return "UTF-16 (little-endian)";
  if (even_nul * 10 >= n / 2 * 9 && odd_nul == 0) return "UTF-16 (big-endian)";
  return "";
}

absl::Status ValidateText(absl::string_view path, absl::string_view bytes) {
  if (bytes.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ": empty file"));
  if (std::string wide = WideEncoding(bytes); !wide.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", wide, " text; not read (convert the file to UTF-8)"));
  }
  size_t nul = bytes.find('\0');
  if (nul != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": binary file (NUL byte at byte ", nul, "); not read"));
  }
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != absl::string_view::npos) {
    absl::string_view valid = bytes.substr(0, bad);
    size_t line_start = valid.rfind('\n');
    line_start = line_start == absl::string_view::npos ? 0 : line_start + 1;
    size_t line = std::count(valid.begin(), valid.end(), '\n') + 1;
    size_t col = CountCodePoints(valid.substr(line_start)) + 1;
    return absl::InvalidArgumentError(absl::StrCat(
        path, ":", line, ":", col, ": invalid UTF-8 at byte ", bad, " (byte 0x",
        absl::Hex(static_cast<unsigned char>(bytes[bad]), absl::kZeroPad2), "); convert the file to UTF-8"));
  }
  return absl::OkStatus();
}

absl::StatusOr<Document> ParseText(std::string path, std::string bytes) {
  if (absl::Status s = ValidateText(path, bytes); !s.ok()) return s;
  Document doc;
  doc.path = std::move(path);
  doc.format = Format::kText;
  doc.text = std::move(bytes);
  BlankSuppressionComments(&doc);
  return doc;
}

// Prepares Markdown for cmark, which is asked only where paragraphs and
// headings lie (their words are copied from the source by CopyInline):
// - Emphasis markers ('*', '_') after a line's first letter or digit are
//   made letters. They cannot change the blocks there (a list marker, a
//   thematic break or a fence comes before any letter), and cmark builds
//   nodes for every delimiter run: a page of "*a* _b_" took 200 times its
//   size in memory. Not inside '<…>', where a changed name could make a tag.
// - Container markers ('>', '-', '+', '*', "1." at a line's start) nested
//   deeper than `depth_cap` are made spaces: cmark builds a node per level.
// Offsets and line breaks are kept (`lines` are the input's, as
// MarkdownLines finds them). Returns the deepest nesting seen.
int DefuseMarkdown(std::string* input, const std::vector<Line>& lines, int depth_cap) {
  std::string& s = *input;
  int deepest = 0;
  for (const Line& line : lines) {
    const size_t eol = line.end;
    // The container prefix: white space, '>', bullets and ordered markers
    // followed by a space or the line's end.
    int depth = 0;
    size_t k = line.start;
    while (k < eol) {
      char c = s[k];
      if (c == ' ' || c == '\t') {
        ++k;
        continue;
      }
      size_t marker_end = k;
      if (c == '>') {
        marker_end = k + 1;
      } else if ((c == '-' || c == '+' || c == '*') &&
                 (k + 1 == eol || s[k + 1] == ' ' || s[k + 1] == '\t')) {
        marker_end = k + 1;
      } else if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
        size_t d = k;
        while (d < eol && d - k < 9 && absl::ascii_isdigit(static_cast<unsigned char>(s[d]))) ++d;
        if (d < eol && (s[d] == '.' || s[d] == ')') &&
            (d + 1 == eol || s[d + 1] == ' ' || s[d + 1] == '\t')) {
          marker_end = d + 1;
        }
      }
      if (marker_end == k) break;
      if (++depth > depth_cap) std::fill(s.begin() + k, s.begin() + marker_end, ' ');
      k = marker_end;
    }
    deepest = std::max(deepest, depth);
    // Emphasis markers after the first letter or digit of the content.
    bool content = false, in_tag = false;
    for (; k < eol; ++k) {
      const unsigned char c = static_cast<unsigned char>(s[k]);
      if (c == '<') {
        in_tag = true;
      } else if (c == '>') {
        in_tag = false;
      } else if (absl::ascii_isalnum(c) || c >= 0x80) {
        content = true;
      } else if (content && !in_tag && (c == '*' || c == '_')) {
        s[k] = 'x';
      }
    }
  }
  return deepest;
}

absl::StatusOr<Document> ParseMarkdown(std::string path, std::string bytes) {
  if (absl::Status s = ValidateText(path, bytes); !s.ok()) return s;
  Document doc;
  doc.path = std::move(path);
  doc.format = Format::kMarkdown;
  doc.source = std::move(bytes);
  const std::string& src = doc.source;
  // Blank the front matter (keeping its newlines) so cmark's lines match ours.
  std::string input = src;
  size_t fm = FrontMatterEnd(src);
  for (size_t i = 0; i < fm; ++i) {
    if (input[i] != '\n') input[i] = ' ';
  }
  // (The front matter, now spaces, is left as it is.)
  std::vector<Line> lines = MarkdownLines(src);
  int deepest = DefuseMarkdown(&input, lines, kMaxMarkdownDepth);
  if (deepest > kMaxMarkdownDepth) {
    doc.notices.push_back(absl::StrCat(doc.path, ": Markdown nested ", deepest, " deep; markers deeper than ",
                                       kMaxMarkdownDepth, " were read as spaces"));
  }
  cmark_node* root = cmark_parse_document(input.data(), input.size(), CMARK_OPT_SOURCEPOS);
  cmark_iter* it = cmark_iter_new(root);
  TextBuilder b(&doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev != CMARK_EVENT_ENTER) continue;
    if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING) continue;
    int l0 = cmark_node_get_start_line(node), c0 = cmark_node_get_start_column(node);
    int l1 = cmark_node_get_end_line(node), c1 = cmark_node_get_end_column(node);
    if (l0 < 1 || l1 < l0 || static_cast<size_t>(l1) > lines.size() || c0 < 1 || c1 < 0) continue;
    bool heading = type == CMARK_NODE_HEADING;
    for (int l = l0; l <= l1; ++l) {
      size_t ls = lines[l - 1].start;
      size_t le = lines[l - 1].end;
      // cmark's columns are bytes within the line; clamp to the line.
      size_t from = l == l0 ? std::min(le, ls + c0 - 1) : ls;
      size_t to = l == l1 ? std::min(le, ls + c1) : le;
      if (to < from) to = from;
      if (l != l0) {  // continuation: drop indentation and block-quote markers
        while (from < to && (src[from] == ' ' || src[from] == '\t' || src[from] == '>')) ++from;
      }
      absl::string_view line = absl::string_view(src).substr(from, to - from);
      if (heading) {
        // ATX markers, and a setext underline line.
        if (line.find_first_not_of("=-") == absl::string_view::npos && l != l0) continue;
        while (from < to && src[from] == '#') ++from;
        while (from < to && src[from] == ' ') ++from;
        size_t t = to;
        while (t > from && (src[t - 1] == '#' || src[t - 1] == ' ')) --t;
        if (t > from) to = t;
      }
      if (l != l0) b.Replace(" ", ls, ls);
      CopyInline(src, from, to, &b);
    }
    b.EndBlock(heading ? BlockKind::kHeading : BlockKind::kParagraph, lines[l1 - 1].end);
  }
  cmark_iter_free(it);
  cmark_node_free(root);
  return doc;
}

// --- HTML -------------------------------------------------------------------

namespace {

bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool BlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool HeadingTag(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

size_t Utf8Len(unsigned char c) { return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4; }

// Appends a text node's decoded text, aligning it with its original bytes so
// that a decoded entity maps back to the whole "&...;" it came from.
void AppendText(absl::string_view src, const GumboText& t, TextBuilder* b) {
  absl::string_view orig(t.original_text.data, t.original_text.length);
  absl::string_view dec(t.text);
  size_t base = t.start_pos.offset;
  if (orig.data() < src.data() || base + orig.size() > src.size()) {
    b->Replace(dec, base, base);
    return;
  }
  size_t i = 0, j = 0, run_i = 0;
  while (i < orig.size() && j < dec.size()) {
    if (orig[i] == dec[j] && orig[i] != '&') {
      ++i;
      ++j;
      continue;
    }
    b->Copy(src, base + run_i, base + i);
    if (orig[i] == '&') {
      size_t e = i + 1;
      if (e < orig.size() && orig[e] == '#') ++e;
      while (e < orig.size() && absl::ascii_isalnum(orig[e])) ++e;
      if (e < orig.size() && orig[e] == ';') ++e;
      if (dec[j] == '&' && dec.substr(j, e - i) == orig.substr(i, e - i)) {
        b->Copy(src, base + i, base + e);  // not an entity: kept as written
        j += e - i;
      } else {
        size_t n = std::min(Utf8Len(static_cast<unsigned char>(dec[j])), dec.size() - j);
        b->Replace(dec.substr(j, n), base + i, base + e);
        j += n;
      }
      i = e;
    } else if (orig[i] == '\r') {
      b->Replace(dec.substr(j, 1), base + i, base + i + (i + 1 < orig.size() && orig[i + 1] == '\n' ? 2 : 1));
      i += (i + 1 < orig.size() && orig[i + 1] == '\n') ? 2 : 1;
      ++j;
    } else {
      // Out of step (should not happen): keep the rest as one replaced piece.
      b->Replace(dec.substr(j), base + i, base + orig.size());
      return;
    }
    run_i = i;
  }
  b->Copy(src, base + run_i, base + i);
  if (j < dec.size()) b->Replace(dec.substr(j), base + i, base + i);
}

// Walks the tree in document order with an explicit stack (a page may nest
// deeper than the call stack allows).
void Walk(absl::string_view src, const GumboNode* root, TextBuilder* b) {
  struct Frame {
    const GumboNode* node;
    const GumboVector* children;
    unsigned next;
    bool heading;  // inside a heading
    bool block;
    size_t end;
  };
  std::vector<Frame> stack;
  auto enter = [&](const GumboNode* node, bool in_heading) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AppendText(src, node->v.text, b);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    Frame f{node, nullptr, 0, in_heading, false, 0};
    size_t start = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = node->v.element;
      tag = el.tag;
      if (SkippedTag(tag)) return;
      f.children = &el.children;
      start = el.start_pos.offset;
      f.end = el.end_pos.offset;
    } else {
      f.children = &node->v.document.children;
    }
    f.block = BlockTag(tag);
    f.heading = in_heading || HeadingTag(tag);
    if (f.block) b->EndBlock(in_heading ? BlockKind::kHeading : BlockKind::kParagraph, start);
    stack.push_back(f);
  };
  enter(root, false);
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next < f.children->length) {
      const GumboNode* child = static_cast<const GumboNode*>(f.children->data[f.next++]);
      enter(child, f.heading);  // may grow the stack: f is not used after this
      continue;
    }
    if (f.block) b->EndBlock(f.heading ? BlockKind::kHeading : BlockKind::kParagraph, f.end);
    stack.pop_back();
  }
}

// Tags a page may leave open without nesting (the parser closes them at
// the next sibling) and tags that never hold content.
bool FlatTag(absl::string_view name) {
  static const auto* kFlat = new absl::flat_hash_set<absl::string_view>{
      "p",     "li",     "dt",    "dd",    "tr",       "td",      "th",       "option",  "optgroup",
      "rb",    "rt",     "rp",    "thead", "tbody",    "tfoot",   "colgroup", "caption", "area",
      "base",  "br",     "col",   "embed", "hr",       "img",     "input",    "link",    "meta",
      "param", "source", "track", "wbr",   "basefont", "bgsound", "frame",    "keygen",  "image"};
  return kFlat->contains(name);
}

// What CapHtml found: the deepest nesting and the most attributes on one tag.
struct HtmlShape {
  int deepest = 0;
  int most_attributes = 0;
};

// Blanks (with spaces, so that offsets hold) the tags that would nest
// deeper than `depth_cap` and the attributes of a tag after its
// `attribute_cap`-th. The depth counted is an upper bound of the parser's:
// a close tag takes one level off, a tag left open is counted open. Linear
// in the input; the parser's cost is not (its time grows with the square of
// the depth, and it compares each attribute with every earlier one of its
// tag), so the page is defused before the tree is built. Attributes are
// never read as text.
HtmlShape CapHtml(std::string* html, int depth_cap, int attribute_cap) {
  std::string& s = *html;
  HtmlShape shape;
  int depth = 0, excess = 0;
  size_t i = 0;
  const size_t n = s.size();
  while ((i = s.find('<', i)) != std::string::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t close = s.find("-->", i + 4);
      i = close == std::string::npos ? n : close + 3;
      continue;
    }
    size_t k = i + 1;
    bool closing = k < n && s[k] == '/';
    if (closing) ++k;
    if (k >= n || !absl::ascii_isalpha(static_cast<unsigned char>(s[k]))) {
      ++i;
      continue;
    }
    size_t name_start = k;
    while (k < n && (absl::ascii_isalnum(static_cast<unsigned char>(s[k])) || s[k] == '-')) ++k;
    std::string name = absl::AsciiStrToLower(absl::string_view(s).substr(name_start, k - name_start));
    // The tag ends at the first '>' outside a quoted attribute value. An
    // attribute starts at a name after white space (not a value after '=').
    char quote = 0;
    bool after_space = true, after_equals = false;
    int attributes = 0;
    size_t cut = std::string::npos;  // where the attributes past the cap start
    while (k < n && (quote != 0 || s[k] != '>')) {
      const char c = s[k];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
        after_space = true;
      } else if (c == '=') {
        after_equals = true;
        after_space = false;
      } else {
        if (c != '/' && after_space && !after_equals && ++attributes == attribute_cap + 1) cut = k;
        if (c == '"' || c == '\'') quote = c;
        after_space = after_equals = false;
      }
      ++k;
    }
    shape.most_attributes = std::max(shape.most_attributes, attributes);
    size_t end = k < n ? k + 1 : n;
    bool self_closing = end >= 2 && s[end - 2] == '/';
    if (cut != std::string::npos) {
      size_t stop = k < n && self_closing ? k - 1 : k;
      if (stop > cut) std::fill(s.begin() + cut, s.begin() + stop, ' ');
    }
    // Raw text: no tags inside until the element's end tag.
    if (!closing && (name == "script" || name == "style" || name == "textarea" || name == "title" ||
                     name == "xmp" || name == "plaintext")) {
      std::string close_tag = "</" + name;
      size_t close = end;
      while ((close = s.find("</", close)) != std::string::npos &&
             !absl::EqualsIgnoreCase(absl::string_view(s).substr(close, close_tag.size()), close_tag)) {
        close += 2;
      }
      i = close == std::string::npos ? n : close;
      continue;
    }
    if (FlatTag(name) || self_closing) {
      i = end;
      continue;
    }
    bool blank = false;
    if (closing) {
      if (excess > 0) {
        --excess;
        blank = true;
      } else if (depth > 0) {
        --depth;
      }
    } else if (depth >= depth_cap) {
      ++excess;
      blank = true;
      shape.deepest = std::max(shape.deepest, depth + excess);
    } else {
      ++depth;
      shape.deepest = std::max(shape.deepest, depth);
    }
    if (blank) std::fill(s.begin() + i, s.begin() + end, ' ');
    i = end;
  }
  return shape;
}

}  // namespace

absl::StatusOr<Document> ParseHtml(std::string path, std::string bytes) {
  if (absl::Status s = ValidateText(path, bytes); !s.ok()) return s;
  Document doc;
  doc.path = std::move(path);
  doc.format = Format::kHtml;
  doc.source = std::move(bytes);
  // The parser copies its stack of open tags into every parse error it
  // records and rebuilds open formatting tags at each block: both cost time
  // and memory with the square of the nesting. Errors are not used, so none
  // are kept; tags deeper than kMaxHtmlDepth are read as spaces, and so are
  // a tag's attributes after its kMaxHtmlAttributes-th.
  std::string parsed = doc.source;
  HtmlShape shape = CapHtml(&parsed, kMaxHtmlDepth, kMaxHtmlAttributes);
  if (shape.deepest > kMaxHtmlDepth) {
    doc.notices.push_back(absl::StrCat(doc.path, ": HTML nested ", shape.deepest, " deep; tags deeper than ",
                                       kMaxHtmlDepth, " were read as spaces"));
  }
  if (shape.most_attributes > kMaxHtmlAttributes) {
    doc.notices.push_back(absl::StrCat(doc.path, ": an HTML tag has ", shape.most_attributes,
                                       " attributes; those after the ", kMaxHtmlAttributes,
                                       "th were read as spaces"));
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, parsed.data(), parsed.size());
  TextBuilder b(&doc);
  Walk(parsed, out->document, &b);  // `parsed` has the offsets of doc.source
  b.EndBlock(BlockKind::kParagraph, doc.source.size());
  gumbo_destroy_output(&options, out);
  // Drop blocks that are only white space.
  std::vector<Block> kept;
  for (const Block& bl : doc.blocks) {
    absl::string_view t = absl::string_view(doc.text).substr(bl.span.start, bl.span.size());
    bool blank = true;
    for (size_t i = 0; i < t.size() && blank;) blank = IsSpace(DecodeUtf8(t, &i));
    if (!blank) kept.push_back(bl);
  }
  doc.blocks = std::move(kept);
  return doc;
}

// --- JSONL ------------------------------------------------------------------

namespace {

// The end of text's first paragraph when it reads as `title` (white space
// and periods aside: "Okafor: ‘I’m the Best Thing …’" for "… Thing.’"), else 0.
size_t OpeningTitleEnd(absl::string_view text, absl::string_view title) {
  size_t end = text.find("\n\n");
  if (end == absl::string_view::npos) return 0;  // one paragraph: all of it is the story
  auto same = [](absl::string_view a, absl::string_view b) {
    size_t i = 0, j = 0;
    auto skip = [](absl::string_view s, size_t* k) {
      while (*k < s.size() && (absl::ascii_isspace(static_cast<unsigned char>(s[*k])) || s[*k] == '.')) ++*k;
    };
    for (;;) {
      skip(a, &i);
      skip(b, &j);
      if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
      if (a[i] != b[j]) return false;
      ++i;
      ++j;
    }
  };
  return !title.empty() && same(text.substr(0, end), title) ? end : 0;
}

}  // namespace

absl::StatusOr<Document> ParseJsonlRecord(const std::string& path, int line_no, absl::string_view line,
                                          const ReaderOptions& opts) {
  auto where = [&]() { return absl::StrCat(path, ":", line_no, ": "); };
  if (size_t nul = line.find('\0'); nul != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":", line_no, ":", CountCodePoints(line.substr(0, nul)) + 1,
                     ": NUL byte in the record (JSON writes it as \\u0000); not read"));
  }
  // (The whole record is checked; only the fields read here are kept.)
  const auto wanted = [&opts](absl::string_view key) {
    return key == opts.text_field || key == opts.id_field || key == "title" || key == "headline" ||
           std::find(opts.keep_fields.begin(), opts.keep_fields.end(), key) != opts.keep_fields.end();
  };
  JsonValue root;
  JsonError json_error;
  if (!ParseJsonKeeping(line, wanted, &root, &json_error)) {
    return absl::InvalidArgumentError(absl::StrCat(path, ":", line_no, ":",
                                                   CountCodePoints(line.substr(0, json_error.offset)) + 1,
                                                   ": malformed JSON: ", json_error.message));
  }
  if (!root.is_object()) {
    return absl::InvalidArgumentError(
        absl::StrCat(where(), "expected a JSON object, found ", line.substr(0, 20)));
  }
  Document doc;
  doc.path = path;
  doc.format = Format::kJsonl;
  if (const JsonValue* id = root.Find(opts.id_field)) {
    if (!id->is_string() && !id->is_number()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where(), "field \"", opts.id_field, "\" must be a string or a number"));
    }
    doc.doc_id = id->text();
  } else {
    doc.doc_id = absl::StrCat(line_no);
  }
  doc.record_line = line_no;
  for (const std::string& name : opts.keep_fields) {
    const JsonValue* v = root.Find(name);
    if (v != nullptr && (v->is_string() || v->is_number())) doc.fields.emplace_back(name, v->text());
  }
  const JsonValue* text = root.Find(opts.text_field);
  if (text == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(where(), "record ", doc.doc_id, " has no \"",
                                                   opts.text_field,
                                                   "\" field (choose another with --text-field)"));
  }
  if (!text->is_string()) {
    return absl::InvalidArgumentError(
        absl::StrCat(where(), "field \"", opts.text_field, "\" of record ", doc.doc_id, " must be a string"));
  }
  if (text->text().find('\0') != std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(where(), "field \"", opts.text_field, "\" of record ",
                                                   doc.doc_id, " holds a NUL character"));
  }
  doc.text = text->text();
  // A title the text opens with is the headline: not a sentence of the
  // story (a headline's "Republicans ask" or "two victims" is shorthand the
  // body names and sources).
  const JsonValue* title = root.Find("title");
  if (title == nullptr) title = root.Find("headline");
  if (title != nullptr && title->is_string()) {
    doc.headline_end = OpeningTitleEnd(doc.text, title->text());
    doc.title = title->text();
  }
  return doc;
}

bool Ignored(const ReaderOptions& opts, const std::string& path) {
  if (opts.ignore.empty()) return false;
  std::error_code ec;
  fs::path rel = fs::absolute(path, ec).lexically_normal().lexically_relative(
      fs::absolute(opts.ignore_base, ec).lexically_normal());
  // Only what lies under the configuration's directory: its globs are
  // relative to it.
  if (rel.empty() || *rel.begin() == "..") return false;
  const std::string r = rel.string();
  for (const std::string& g : opts.ignore) {
    if (fnmatch(g.c_str(), r.c_str(), 0) == 0) return true;
  }
  return false;
}

bool FormatForPath(absl::string_view path, Format* out) {
  std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".txt") || absl::EndsWith(lower, ".text"))
    *out = Format::kText;
  else if (absl::EndsWith(lower, ".md") || absl::EndsWith(lower, ".markdown"))
    *out = Format::kMarkdown;
  else if (absl::EndsWith(lower, ".html") || absl::EndsWith(lower, ".htm"))
    *out = Format::kHtml;
  else if (absl::EndsWith(lower, ".jsonl") || absl::EndsWith(lower, ".ndjson"))
    *out = Format::kJsonl;
  else
    return false;
  return true;
}

// --- DocumentStream -----------------------------------------------------------

namespace {

constexpr char kErrorPrefix[] = "\x01error:";

absl::StatusOr<Document> ParseAs(Format f, std::string path, std::string bytes) {
  switch (f) {
    case Format::kMarkdown:
      return ParseMarkdown(std::move(path), std::move(bytes));
    case Format::kHtml:
      return ParseHtml(std::move(path), std::move(bytes));
    default:
      return ParseText(std::move(path), std::move(bytes));
  }
}

void ExpandDir(const fs::path& dir, std::set<fs::path>* active, std::vector<std::string>* out) {
  std::error_code ec;
  fs::path canon = fs::canonical(dir, ec);
  if (ec) {
    out->push_back(absl::StrCat(kErrorPrefix, dir.string(), ": cannot read directory: ", ec.message()));
    return;
  }
  if (!active->insert(canon).second) {
    out->push_back(absl::StrCat(kErrorPrefix, dir.string(), ": symlink loop (leads back to ", canon.string(),
                                "); skipped"));
    return;
  }
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    out->push_back(absl::StrCat(kErrorPrefix, dir.string(), ": cannot read directory: ", ec.message()));
    active->erase(canon);
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  for (const fs::directory_entry& e : entries) {
    std::error_code ec2;
    if (e.is_directory(ec2)) {
      ExpandDir(e.path(), active, out);
    } else {
      // A rule pack's fixture ("unsourced.test.txt", claimcheck test) is no
      // article: a walk leaves it out (named on the command line, it is read).
      if (absl::EndsWith(e.path().filename().string(), ".test.txt")) continue;
      Format f;
      if (FormatForPath(e.path().string(), &f)) out->push_back(e.path().string());
    }
  }
  active->erase(canon);
}

}  // namespace

DocumentStream::DocumentStream(std::vector<std::string> paths, ReaderOptions opts, std::istream* stdin_stream)
    : pending_(paths.begin(), paths.end()), opts_(std::move(opts)), stdin_(stdin_stream) {}

bool DocumentStream::NextFromJsonl(InputItem* item) {
  while (std::getline(*jsonl_, line_)) {
    ++jsonl_line_;
    absl::string_view l = absl::StripAsciiWhitespace(line_);
    if (l.empty()) continue;
    item->bytes = line_.size() + 1;
    if (line_.size() > opts_.max_document_bytes) {
      item->doc = Document();
      item->doc.path = jsonl_path_;
      item->status = absl::ResourceExhaustedError(
          absl::StrCat(jsonl_path_, ":", jsonl_line_, ": record is ", line_.size(), " bytes, over the ",
                       opts_.max_document_bytes, "-byte limit (--max-document-bytes); not read"));
      return true;
    }
    absl::StatusOr<Document> doc = ParseJsonlRecord(jsonl_path_, jsonl_line_, l, opts_);
    item->doc = Document();
    item->doc.path = jsonl_path_;
    if (doc.ok()) {
      item->status = absl::OkStatus();
      item->doc = *std::move(doc);
    } else {
      item->status = doc.status();
    }
    return true;
  }
  if (jsonl_file_ && jsonl_file_->bad()) {
    item->doc = Document();
    item->doc.path = jsonl_path_;
    item->status = absl::DataLossError(absl::StrCat(jsonl_path_, ":", jsonl_line_ + 1, ": read error"));
    jsonl_file_.reset();
    jsonl_ = nullptr;
    return true;
  }
  jsonl_file_.reset();
  jsonl_ = nullptr;
  return false;
}

bool DocumentStream::Next(InputItem* item) {
  for (;;) {
    if (jsonl_ != nullptr && NextFromJsonl(item)) return true;
    if (pending_.empty()) return false;
    std::string path = std::move(pending_.front());
    pending_.pop_front();
    *item = InputItem();
    item->doc.path = path;
    if (absl::StartsWith(path, kErrorPrefix)) {
      std::string msg = path.substr(sizeof(kErrorPrefix) - 1);
      item->doc.path = msg.substr(0, msg.find(": "));
      item->status = absl::InvalidArgumentError(msg);
      return true;
    }
    if (path == "-" && opts_.list_files) return true;
    if (path == "-") {
      std::istream& in = stdin_ ? *stdin_ : std::cin;
      path = opts_.stdin_name;
      item->doc.path = path;
      std::string fmt = opts_.stdin_format;
      int blank_lines = 0;  // skipped to see the first character: they count for line numbers
      std::string skipped;
      if (fmt == "auto") {
        int c;
        while ((c = in.peek()) != EOF && absl::ascii_isspace(static_cast<char>(c))) {
          skipped.push_back(static_cast<char>(in.get()));
          if (c == '\n') ++blank_lines;
        }
        fmt = in.peek() == '{' ? "jsonl" : "text";
      }
      if (fmt == "jsonl") {
        jsonl_ = &in;
        jsonl_path_ = path;
        jsonl_line_ = opts_.stdin_first_line - 1 + blank_lines;
        continue;
      }
      std::string bytes = skipped + ReadAll(in);  // offsets as in the file
      item->bytes = bytes.size();
      if (bytes.size() > opts_.max_document_bytes) {
        item->status = absl::ResourceExhaustedError(
            absl::StrCat(path, ": document is ", bytes.size(), " bytes, over the ", opts_.max_document_bytes,
                         "-byte limit (--max-document-bytes); not read"));
        return true;
      }
      Format f = fmt == "markdown" ? Format::kMarkdown : fmt == "html" ? Format::kHtml : Format::kText;
      absl::StatusOr<Document> doc = ParseAs(f, path, std::move(bytes));
      if (doc.ok())
        item->doc = *std::move(doc);
      else
        item->status = doc.status();
      return true;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      fs::file_status lst = fs::symlink_status(path, ec);
      item->status = absl::NotFoundError(absl::StrCat(
          path, fs::is_symlink(lst) ? ": broken or looping symlink" : ": no such file or directory"));
      return true;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      std::set<fs::path> active;
      ExpandDir(path, &active, &files);
      for (auto it = files.rbegin(); it != files.rend(); ++it) {
        if (!(opts_.walk_ignores ? opts_.walk_ignores(*it) : Ignored(opts_, *it))) pending_.push_front(*it);
      }
      continue;
    }
    // (A file named on the command line is read whatever `ignore` says:
    // the globs skip what a directory walk finds.)
    if (!fs::is_regular_file(st)) {
      // A FIFO would block forever and a device (/dev/zero) never ends.
      item->status = absl::InvalidArgumentError(
          absl::StrCat(path, ": not a regular file (a pipe, socket or device); not read"));
      return true;
    }
    if (opts_.list_files) {
      std::error_code size_ec;
      const uintmax_t size = fs::file_size(path, size_ec);
      item->bytes = size_ec ? 0 : static_cast<size_t>(size);
      return true;
    }
    Format f = Format::kText;
    FormatForPath(path, &f);
    if (f == Format::kJsonl) {
      jsonl_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*jsonl_file_) {
        item->status = absl::PermissionDeniedError(absl::StrCat(path, ": cannot open file"));
        jsonl_file_.reset();
        return true;
      }
      // A file in UTF-16 is one error, not one per line.
      char head[256];
      jsonl_file_->read(head, sizeof(head));
      std::string wide = WideEncoding(absl::string_view(head, jsonl_file_->gcount()));
      if (!wide.empty()) {
        item->status = absl::InvalidArgumentError(
            absl::StrCat(path, ": ", wide, " text; not read (convert the file to UTF-8)"));
        jsonl_file_.reset();
        return true;
      }
      jsonl_file_->clear();
      jsonl_file_->seekg(0);
      jsonl_ = jsonl_file_.get();
      jsonl_path_ = path;
      jsonl_line_ = 0;
      continue;
    }
    std::error_code size_ec;
    uintmax_t size = fs::file_size(path, size_ec);
    if (!size_ec && size > opts_.max_document_bytes) {
      item->status = absl::ResourceExhaustedError(
          absl::StrCat(path, ": document is ", size, " bytes, over the ", opts_.max_document_bytes,
                       "-byte limit (--max-document-bytes); not read"));
      return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      item->status = absl::PermissionDeniedError(absl::StrCat(path, ": cannot open file"));
      return true;
    }
    std::string bytes = ReadAll(in, size_ec ? 0 : static_cast<size_t>(size));
    if (in.bad()) {
      item->status = absl::DataLossError(absl::StrCat(path, ": read error"));
      return true;
    }
    // A file truncated or written to while it was read: part of a story
    // checked as if it were all of it would pass for clean.
    std::error_code after_ec;
    uintmax_t after = fs::file_size(path, after_ec);
    if (!size_ec && !after_ec && (bytes.size() != size || after != size)) {
      item->status =
          absl::DataLossError(absl::StrCat(path, ": changed while being read (", size, " bytes when opened, ",
                                           bytes.size(), " read, ", after, " now); not checked"));
      return true;
    }
    item->bytes = bytes.size();
    absl::StatusOr<Document> doc = ParseAs(f, path, std::move(bytes));
    if (doc.ok())
      item->doc = *std::move(doc);
    else
      item->status = doc.status();
    return true;
  }
}

std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

}  // namespace claimcheck
