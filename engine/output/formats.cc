#include "engine/output/formats.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/json/json_writer.h"
#include "engine/output/check_output.h"
#include "engine/output/html_report.h"
#include "engine/rules/suppressions.h"

namespace claimcheck {

namespace {

constexpr char kVersion[] = "0.1.0";

absl::string_view Slice(const claimcheck::Document& doc, Span s) {
  return absl::string_view(doc.text).substr(s.start, s.size());
}

// --- text -----------------------------------------------------------------

class TextFormat : public OutputFormat {
 public:
  explicit TextFormat(const FormatOptions& o) : opt_(o) {}
  std::string Document(const claimcheck::Document& doc, const Analysis& a,
                       const std::vector<Finding>& findings) const override {
    std::string out;
    LineIndex lines(doc.original());
    const char* kSev[] = {"\x1b[36m", "\x1b[33m", "\x1b[31m"};
    for (const Finding& f : findings) {
      Position p = lines.At(doc.ToOriginal(f.span.start));
      std::string sev = SeverityName(f.severity);
      if (opt_.color) sev = absl::StrCat(kSev[static_cast<int>(f.severity)], sev, "\x1b[0m");
      absl::StrAppend(&out, doc.path, doc.doc_id.empty() ? "" : absl::StrCat("#", doc.doc_id), ":", p.line,
                      ":", p.column, ": ", sev, ": ", f.message, " [", f.rule, "]\n");
      // The sentence, with the words that matter marked.
      if (f.sentence >= 0 && f.sentence < static_cast<int>(a.segmentation.sentences.size())) {
        Span s = a.segmentation.sentences[f.sentence].span;
        if (f.span.start >= s.start && f.span.end <= s.end) {
          std::string before = CollapseWhitespace(Slice(doc, {s.start, f.span.start}));
          std::string mid = CollapseWhitespace(Slice(doc, f.span));
          std::string after = CollapseWhitespace(Slice(doc, {f.span.end, s.end}));
          if (!before.empty() && f.span.start > s.start && absl::ascii_isspace(doc.text[f.span.start - 1])) {
            before.push_back(' ');
          }
          if (!after.empty() && absl::ascii_isspace(doc.text[f.span.end])) after.insert(0, " ");
          std::string marked =
              opt_.color ? absl::StrCat("\x1b[1;4m", mid, "\x1b[0m") : absl::StrCat("»", mid, "«");
          absl::StrAppend(&out, "    ", before, marked, after, "\n");
        }
      }
    }
    return out;
  }
  // (No summary line here: the one summary is on stderr, for every format.)

 private:
  FormatOptions opt_;
};

// --- jsonl / json -----------------------------------------------------------

class JsonlFormat : public OutputFormat {
 public:
  explicit JsonlFormat(bool array) : array_(array) {}
  std::string Begin(const RuleSet&) const override { return array_ ? "{\"findings\":[" : ""; }
  std::string Document(const claimcheck::Document& doc, const Analysis&,
                       const std::vector<Finding>& findings) const override {
    std::string out;
    WriteFindingsJsonl(doc, findings, &out);
    if (!array_ || out.empty()) return out;
    // One array: the lines become comma-separated elements.
    out.pop_back();
    for (char& c : out)
      if (c == '\n') c = ',';
    return out;
  }
  std::string Join(const std::string& chunk) override {
    if (!array_ || chunk.empty()) return chunk;
    std::string s = first_ ? chunk : absl::StrCat(",", chunk);
    first_ = false;
    return s;
  }
  std::string End(const FormatTotals& t) const override {
    if (!array_) return "";
    return absl::StrCat("],\"summary\":{\"documents\":", t.documents, ",\"failed\":", t.failed_inputs,
                        ",\"error\":", t.by_severity[2], ",\"warning\":", t.by_severity[1],
                        ",\"info\":", t.by_severity[0], "}}\n");
  }

 private:
  bool array_;
  bool first_ = true;
};

// --- sarif ------------------------------------------------------------------

const char* SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

class SarifFormat : public OutputFormat {
 public:
  std::string Begin(const RuleSet& rules) const override {
    for (size_t i = 0; i < rules.rules().size(); ++i) index_[rules.rules()[i]->id] = i;
    std::string out;
    JsonWriter w(&out);
    out += "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",";
    out += "\"runs\":[{\"tool\":{\"driver\":";
    w.BeginObject();
    w.Field("name", "claimcheck");
    w.Field("version", kVersion);
    w.Field("informationUri", "https://github.com/claimcheck/claimcheck");
    w.Key("rules");
    w.BeginArray();
    for (const auto& r : rules.rules()) {
      w.BeginObject();
      w.Field("id", r->id);
      w.Key("shortDescription");
      w.BeginObject();
      w.Field("text", r->description.empty() ? r->id : r->description);
      w.EndObject();
      if (!r->link.empty()) w.Field("helpUri", r->link);
      w.Key("help");
      w.BeginObject();
      w.Field("text", absl::StrCat(r->description.empty() ? r->id : r->description,
                                   " Category: ", r->category, ". Defined in ", r->file, ":", r->line, "."));
      w.EndObject();
      w.Key("defaultConfiguration");
      w.BeginObject();
      w.Field("level", SarifLevel(r->severity));
      w.EndObject();
      w.Key("properties");
      w.BeginObject();
      w.Field("category", r->category);
      w.EndObject();
      w.EndObject();
    }
    // Reported by inline suppressions (engine/suppressions.h), not a pack.
    const struct {
      const char* id;
      const char* text;
      const char* level;
    } kSuppressionRules[] = {
        {kUnusedSuppressionRule, "An inline claimcheck-disable comment that suppresses nothing.", "note"},
        {kUnknownDirectiveRule, "A comment that opens with claimcheck- but is no directive (a misspelling).",
         "warning"},
        {kUnknownSuppressedRule, "A suppression that names no rule or category of the loaded packs.",
         "error"},
    };
    size_t next = rules.rules().size();
    for (const auto& sr : kSuppressionRules) {
      index_[sr.id] = next++;
      w.BeginObject();
      w.Field("id", sr.id);
      w.Key("shortDescription");
      w.BeginObject();
      w.Field("text", sr.text);
      w.EndObject();
      w.Key("defaultConfiguration");
      w.BeginObject();
      w.Field("level", sr.level);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out += "},\"columnKind\":\"unicodeCodePoints\",\"results\":[";
    return out;
  }

  std::string Document(const claimcheck::Document& doc, const Analysis& a,
                       const std::vector<Finding>& findings) const override {
    std::string out;
    LineIndex lines(doc.original());
    JsonWriter w(&out);
    const ArtifactUri artifact = ArtifactFor(doc.path);  // once per document, not per location
    // A region's start and end lines and columns (original bytes [o.start, o.end)).
    auto line_columns = [&](Span o) {
      Position p = lines.At(o.start), q = lines.At(o.end);
      w.Field("startLine", p.line);
      w.Field("startColumn", p.column);
      w.Field("endLine", q.line);
      w.Field("endColumn", q.column);
    };
    auto artifact_location = [&]() {
      w.Key("artifactLocation");
      w.BeginObject();
      w.Field("uri", artifact.uri);
      if (artifact.relative) w.Field("uriBaseId", kSrcRoot);
      w.EndObject();
    };
    auto region = [&](Span s) {
      Span o = doc.ToOriginal(s);
      Position p = lines.At(o.start), q = lines.At(o.end);
      w.Key("physicalLocation");
      w.BeginObject();
      artifact_location();
      w.Key("region");
      w.BeginObject();
      if (doc.record_line > 0) {
        // A JSONL record: its own line of the .jsonl file (the place in its
        // text is in the result's properties, textRegion).
        w.Field("startLine", doc.record_line);
      } else {
        w.Field("startLine", p.line);
        w.Field("startColumn", p.column);
        w.Field("endLine", q.line);
        w.Field("endColumn", std::max(q.column, q.line == p.line ? p.column + 1 : 1));
      }
      w.Key("snippet");
      w.BeginObject();
      w.Field("text", Slice(doc, s));
      w.EndObject();
      w.EndObject();
      w.EndObject();
    };
    for (size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      if (i > 0) out.push_back(',');
      w = JsonWriter(&out);
      w.BeginObject();
      w.Field("ruleId", f.rule);
      auto it = index_.find(f.rule);
      if (it != index_.end()) w.Field("ruleIndex", it->second);
      w.Field("level", SarifLevel(f.severity));
      w.Key("message");
      w.BeginObject();
      w.Field("text", f.message);
      w.EndObject();
      w.Key("locations");
      w.BeginArray();
      w.BeginObject();
      region(f.span);
      if (!doc.doc_id.empty()) {
        // The JSONL record (or the file) the finding is in, by its id.
        w.Key("logicalLocations");
        w.BeginArray();
        w.BeginObject();
        w.Field("name", doc.doc_id);
        w.Field("kind", "object");
        w.EndObject();
        w.EndArray();
      }
      w.EndObject();
      w.EndArray();
      w.Key("partialFingerprints");
      w.BeginObject();
      w.Field("claimcheckFinding/v1", FindingFingerprint(doc, a, f));
      w.EndObject();
      const std::vector<std::pair<Span, const char*>> related = RelatedPlaces(f);
      if (!related.empty()) {
        w.Key("relatedLocations");
        w.BeginArray();
        int id = 1;
        for (const auto& [span, what] : related) {
          w.BeginObject();
          w.Field("id", id++);
          region(span);
          w.Key("message");
          w.BeginObject();
          w.Field("text", what);
          w.EndObject();
          w.EndObject();
        }
        w.EndArray();
      }
      // Fixes, for files: a JSONL record's text is a JSON string, whose
      // bytes are no region of the file to replace.
      if (!f.fixes.empty() && doc.record_line == 0 && doc.path != "-") {
        w.Key("fixes");
        w.BeginArray();
        for (const Fix& x : f.fixes) {
          w.BeginObject();
          w.Key("description");
          w.BeginObject();
          w.Field("text", FixTitle(Slice(doc, x.span), x.replacement));
          w.EndObject();
          w.Key("artifactChanges");
          w.BeginArray();
          w.BeginObject();
          artifact_location();
          w.Key("replacements");
          w.BeginArray();
          w.BeginObject();
          w.Key("deletedRegion");
          w.BeginObject();
          line_columns(doc.ToOriginal(x.span));
          w.EndObject();
          w.Key("insertedContent");
          w.BeginObject();
          w.Field("text", x.replacement);
          w.EndObject();
          w.EndObject();
          w.EndArray();
          w.EndObject();
          w.EndArray();
          w.EndObject();
        }
        w.EndArray();
      }
      if (!doc.doc_id.empty()) {
        w.Key("properties");
        w.BeginObject();
        w.Field("docId", doc.doc_id);
        if (doc.record_line > 0) {
          Span o = doc.ToOriginal(f.span);
          w.Key("textRegion");
          w.BeginObject();
          line_columns(o);
          w.Field("byteOffset", o.start);
          w.Field("byteLength", o.size());
          w.EndObject();
        }
        w.EndObject();
      }
      w.EndObject();
    }
    return out;
  }
  std::string Join(const std::string& chunk) override {
    if (chunk.empty()) return chunk;
    std::string s = first_ ? chunk : absl::StrCat(",", chunk);
    first_ = false;
    return s;
  }
  // The base of relative URIs: the directory claimcheck ran in.
  std::string End(const FormatTotals&) const override {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    if (ec || cwd.empty()) return "]}]}\n";
    if (cwd.back() != '/') cwd.push_back('/');
    std::string out = "],\"originalUriBaseIds\":{";
    JsonWriter w(&out);
    w.Key(kSrcRoot);
    w.BeginObject();
    w.Field("uri", absl::StrCat("file://", Uri(cwd)));
    w.EndObject();
    out += "}}]}\n";
    return out;
  }

 private:
  friend std::string claimcheck::SarifArtifactUri(const std::string& path);
  static constexpr char kSrcRoot[] = "SRCROOT";
  // SARIF 2.1.0 wants an absolute URI ("file:///tmp/a.txt", not the bare
  // path "/tmp/a.txt") or a relative reference with a uriBaseId naming its
  // base. A path that climbs out of the base ("../a.txt") is made absolute.
  struct ArtifactUri {
    std::string uri;
    bool relative = false;
  };
  static ArtifactUri ArtifactFor(const std::string& path) {
    if (path == "-") return {"stdin", false};
    std::filesystem::path p(path);
    bool climbs = false;
    for (const auto& part : p) climbs |= part == "..";
    if (p.is_absolute() || climbs) {
      std::error_code ec;
      std::filesystem::path abs = std::filesystem::absolute(p, ec).lexically_normal();
      if (!ec) return {absl::StrCat("file://", Uri(abs.string())), false};
    }
    std::string rel = p.lexically_normal().string();
    return {Uri(rel), true};
  }
  // A relative URI reference for a path (percent-encoding what URIs forbid).
  static std::string Uri(absl::string_view path) {
    std::string out;
    for (unsigned char c : path) {
      if (absl::ascii_isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~' || c >= 0x80) {
        out.push_back(static_cast<char>(c));
      } else {
        absl::StrAppendFormat(&out, "%%%02X", c);
      }
    }
    if (out == "-") return "stdin";
    return out;
  }
  mutable absl::flat_hash_map<std::string, size_t> index_;
  bool first_ = true;
};

}  // namespace

std::string SarifArtifactUri(const std::string& path) { return SarifFormat::ArtifactFor(path).uri; }

namespace {

// --- github -----------------------------------------------------------------

class GithubFormat : public OutputFormat {
 public:
  std::string Document(const claimcheck::Document& doc, const Analysis&,
                       const std::vector<Finding>& findings) const override {
    std::string out;
    LineIndex lines(doc.original());
    for (const Finding& f : findings) {
      Span o = doc.ToOriginal(f.span);
      Position p = lines.At(o.start), q = lines.At(o.end);
      const char* cmd = f.severity == Severity::kError     ? "error"
                        : f.severity == Severity::kWarning ? "warning"
                                                           : "notice";
      if (doc.record_line > 0) {
        // A JSONL record: the annotation goes on the record's own line of the
        // .jsonl file; where in its text is said in the message.
        absl::StrAppend(
            &out, "::", cmd, " file=", GithubEscapeProperty(doc.path), ",line=", doc.record_line,
            ",title=", GithubEscapeProperty(f.rule), "::",
            GithubEscapeData(absl::StrCat("[", doc.doc_id, " ", p.line, ":", p.column, "] ", f.message)),
            "\n");
        continue;
      }
      absl::StrAppend(
          &out, "::", cmd, " file=", GithubEscapeProperty(doc.path), ",line=", p.line, ",col=", p.column,
          ",endLine=", q.line, ",endColumn=", q.column, ",title=", GithubEscapeProperty(f.rule), "::",
          GithubEscapeData(doc.doc_id.empty() ? f.message : absl::StrCat("[", doc.doc_id, "] ", f.message)),
          "\n");
    }
    return out;
  }
};

// --- junit ------------------------------------------------------------------

class JunitFormat : public OutputFormat {
 public:
  explicit JunitFormat(const FormatOptions& o) : opt_(o) {}
  // One testcase per finding shown (a failure when it reaches --fail-on),
  // and one passing testcase for a document with none. The suite's counts
  // head it, so the testcases are held until the end (JUnit reports are for
  // CI runs, not corpora of millions).
  std::string Document(const claimcheck::Document& doc, const Analysis&,
                       const std::vector<Finding>& findings) const override {
    LineIndex lines(doc.original());
    std::string name = doc.doc_id.empty() ? doc.path : absl::StrCat(doc.path, "#", doc.doc_id);
    if (findings.empty()) {
      return absl::StrCat("    <testcase classname=\"", XmlEscape(name), "\" name=\"", XmlEscape(name),
                          "\"/>\n");
    }
    std::string out;
    for (const Finding& f : findings) {
      Position p = lines.At(doc.ToOriginal(f.span.start));
      std::string where = absl::StrCat(name, ":", p.line, ":", p.column);
      std::string text =
          absl::StrCat(where, ": ", SeverityName(f.severity), ": ", f.message, " [", f.rule, "]");
      absl::StrAppend(&out, "    <testcase classname=\"", XmlEscape(name), "\" name=\"",
                      XmlEscape(absl::StrCat(f.rule, " at ", p.line, ":", p.column)), "\"");
      if (!opt_.never_fail && f.severity >= opt_.fail_on) {
        absl::StrAppend(&out, ">\n      <failure type=\"", XmlEscape(f.rule), "\" message=\"",
                        XmlEscape(f.message), "\">", XmlEscape(text), "</failure>\n    </testcase>\n");
      } else {
        absl::StrAppend(&out, ">\n      <system-out>", XmlEscape(text), "</system-out>\n    </testcase>\n");
      }
    }
    return out;
  }
  std::string Join(const std::string& chunk) override {
    for (size_t at = chunk.find("<testcase "); at != std::string::npos;
         at = chunk.find("<testcase ", at + 1)) {
      ++tests_;
    }
    for (size_t at = chunk.find("<failure "); at != std::string::npos; at = chunk.find("<failure ", at + 1)) {
      ++failures_;
    }
    cases_ += chunk;
    return "";
  }
  std::string End(const FormatTotals& t) const override {
    return absl::StrCat(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimcheck\" tests=\"", tests_,
        "\" failures=\"", failures_, "\" errors=\"", t.failed_inputs,
        "\">\n  <testsuite name=\"claimcheck\" tests=\"", tests_, "\" failures=\"", failures_, "\" errors=\"",
        t.failed_inputs, "\" skipped=\"0\">\n", cases_, "  </testsuite>\n</testsuites>\n");
  }

 private:
  FormatOptions opt_;
  size_t tests_ = 0, failures_ = 0;
  std::string cases_;
};

}  // namespace

std::string GithubEscapeData(absl::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out.push_back(c);
  }
  return out;
}

std::string GithubEscapeProperty(absl::string_view s) {
  std::string out;
  for (char c : GithubEscapeData(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out.push_back(c);
  }
  return out;
}

uint64_t Fnv1a(absl::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string XmlEscape(absl::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') break;  // not allowed in XML 1.0
        out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string FindingFingerprint(const claimcheck::Document& doc, const Analysis& a, const Finding& f) {
  std::string sentence;
  if (f.sentence >= 0 && f.sentence < static_cast<int>(a.segmentation.sentences.size())) {
    sentence = CollapseWhitespace(Slice(doc, a.segmentation.sentences[f.sentence].span));
  }
  uint64_t h = Fnv1a(f.rule);
  h = Fnv1a("\x1f", h);
  h = Fnv1a(CollapseWhitespace(Slice(doc, f.span)), h);
  h = Fnv1a("\x1f", h);
  h = Fnv1a(sentence, h);
  return absl::StrFormat("%016x", h);
}

absl::StatusOr<std::unique_ptr<OutputFormat>> MakeCheckFormat(const std::string& name,
                                                              const FormatOptions& o) {
  if (name == "text") return std::unique_ptr<OutputFormat>(new TextFormat(o));
  if (name == "jsonl") return std::unique_ptr<OutputFormat>(new JsonlFormat(false));
  if (name == "json") return std::unique_ptr<OutputFormat>(new JsonlFormat(true));
  if (name == "sarif") return std::unique_ptr<OutputFormat>(new SarifFormat());
  if (name == "github") return std::unique_ptr<OutputFormat>(new GithubFormat());
  if (name == "junit") return std::unique_ptr<OutputFormat>(new JunitFormat(o));
  if (name == "html") return MakeHtmlReport();
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown --format '", name, "' (expected text, jsonl, json, sarif, github, junit or html)"));
}

}  // namespace claimcheck
