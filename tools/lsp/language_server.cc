#include "tools/lsp/language_server.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <istream>
#include <ostream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "engine/fix/fixes.h"
#include "engine/input/reader.h"
#include "engine/json/json_writer.h"

namespace claimcheck {

namespace {

constexpr char kVersion[] = "0.1.0";

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;

// The largest message read: a document's text in JSON (the reader refuses
// documents over 16 MiB anyway).
constexpr long long kMaxMessageBytes = 64ll << 20;

void WriteId(const JsonValue& id, JsonWriter* w) {
  if (id.is_number()) {
    w->Number(id.text());
  } else if (id.is_string()) {
    w->String(id.text());
  } else {
    w->Null();
  }
}

std::string Response(const JsonValue& id, const std::string& result_json) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("jsonrpc", "2.0");
  w.Key("id");
  WriteId(id, &w);
  w.EndObject();
  out.pop_back();  // the closing brace: the result is JSON text already
  absl::StrAppend(&out, ",\"result\":", result_json, "}");
  return out;
}

std::string Error(const JsonValue* id, int code, absl::string_view message) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("jsonrpc", "2.0");
  w.Key("id");
  if (id != nullptr) {
    WriteId(*id, &w);
  } else {
    w.Null();
  }
  w.Key("error");
  w.BeginObject();
  w.Field("code", code);
  w.Field("message", message);
  w.EndObject();
  w.EndObject();
  return out;
}

std::string Notify(absl::string_view method, const std::string& params_json) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("jsonrpc", "2.0");
  w.Field("method", method);
  w.EndObject();
  out.pop_back();
  absl::StrAppend(&out, ",\"params\":", params_json, "}");
  return out;
}

// "file:///a/b%20c.md" -> "/a/b c.md" (the scheme in any case, a
// "localhost" authority, no query or fragment); "" for another scheme.
std::string PathOfUri(absl::string_view uri) {
  if (uri.size() < 7 || !absl::EqualsIgnoreCase(uri.substr(0, 7), "file://")) return "";
  uri.remove_prefix(7);
  if (absl::StartsWithIgnoreCase(uri, "localhost/")) uri.remove_prefix(9);
  uri = uri.substr(0, uri.find_first_of("?#"));
  std::string out;
  auto hex = [](char c) {
    return absl::ascii_isdigit(c)    ? c - '0'
           : absl::ascii_isxdigit(c) ? absl::ascii_tolower(c) - 'a' + 10
                                     : -1;
  };
  for (size_t i = 0; i < uri.size(); ++i) {
    int hi, lo;
    if (uri[i] == '%' && i + 2 < uri.size() && (hi = hex(uri[i + 1])) >= 0 && (lo = hex(uri[i + 2])) >= 0) {
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out.push_back(uri[i]);
    }
  }
  return out;
}

// Lone UTF-16 surrogate escapes ("\udc00") read as U+FFFD, which is one
// UTF-16 unit too: the strict JSON reader refuses them, and a change
// dropped for one would put the document out of step with the editor's.
void ReplaceLoneSurrogates(std::string* body) {
  std::string& b = *body;
  auto hex4 = [&](size_t at, int* v) {
    if (at + 4 > b.size()) return false;
    int x = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = b[k];
      int h = absl::ascii_isdigit(c)    ? c - '0'
              : absl::ascii_isxdigit(c) ? absl::ascii_tolower(c) - 'a' + 10
                                        : -1;
      if (h < 0) return false;
      x = x * 16 + h;
    }
    *v = x;
    return true;
  };
  for (size_t i = 0; i + 1 < b.size(); ++i) {
    if (b[i] != '\\') continue;
    if (b[i + 1] != 'u') {
      ++i;  // an escaped character ("\\" included)
      continue;
    }
    int v, low;
    if (!hex4(i + 2, &v)) continue;
    if (v < 0xD800 || v > 0xDFFF) {
      i += 5;
      continue;
    }
    if (v <= 0xDBFF && i + 11 < b.size() && b[i + 6] == '\\' && b[i + 7] == 'u' && hex4(i + 8, &low) &&
        low >= 0xDC00 && low <= 0xDFFF) {
      i += 11;  // a pair
      continue;
    }
    b.replace(i + 2, 4, "fffd");
    i += 5;
  }
}

// A Position of the protocol ({"line": L, "character": C}).
LspPosition ReadPosition(const JsonValue& p) {
  LspPosition lp;
  absl::SimpleAtoi(p["line"].text(), &lp.line);
  absl::SimpleAtoi(p["character"].text(), &lp.character);
  return lp;
}

const char* kSeverityOf[] = {"3", "2", "1"};  // info, warning, error -> LSP's

// mtime and size of the files a configuration reads.
void StampFile(const std::string& path, std::map<std::string, std::string>* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    (*out)[path] = "missing";
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      std::string p = it->path().string();
      if (absl::EndsWith(p, ".yaml") || absl::EndsWith(p, ".yml")) StampFile(p, out);
    }
    return;
  }
  (*out)[path] = absl::StrCat(st.st_mtim.tv_sec, ".", st.st_mtim.tv_nsec, ":", st.st_size);
}

void WriteRange(const Utf16Lines& lines, size_t start, size_t end, JsonWriter* w) {
  LspPosition a = lines.ToPosition(start), b = lines.ToPosition(end);
  w->Key("range");
  w->BeginObject();
  w->Key("start");
  w->BeginObject();
  w->Field("line", a.line);
  w->Field("character", a.character);
  w->EndObject();
  w->Key("end");
  w->BeginObject();
  w->Field("line", b.line);
  w->Field("character", b.character);
  w->EndObject();
  w->EndObject();
}

// A publishDiagnostics notification: `diagnostics` is the JSON array;
// `version` is left out when null (a closed document).
std::string PublishDiagnostics(const std::string& uri, const int64_t* version,
                               const std::string& diagnostics) {
  std::string p;
  JsonWriter w(&p);
  w.BeginObject();
  w.Field("uri", uri);
  if (version != nullptr) w.Field("version", *version);
  w.EndObject();
  p.pop_back();  // the array is JSON text already
  absl::StrAppend(&p, ",\"diagnostics\":", diagnostics, "}");
  return Notify("textDocument/publishDiagnostics", p);
}

}  // namespace

struct LanguageServer::OpenDocument {
  std::string uri, path, language, text;
  int64_t version = 0;
  bool ok = false;
  std::string error;  // why it could not be checked
  Document doc;
  Analysis analysis;
  std::vector<Finding> findings;
};

Utf16Lines::Utf16Lines(absl::string_view text) : text_(text) {
  starts_.push_back(0);
  uint32_t units = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_units_.push_back(units);
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // a code point starts: 2 units past the BMP
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      starts_.push_back(i + 1);
    }
  }
  block_units_.push_back(units);
}

uint32_t Utf16Lines::UnitsBefore(size_t offset) const {
  const size_t k = offset / kBlock;
  uint32_t units = block_units_[std::min(k, block_units_.size() - 1)];
  for (size_t i = std::min(k * kBlock, text_.size()); i < offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

LspPosition Utf16Lines::ToPosition(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  LspPosition p;
  p.line = static_cast<int>(it - starts_.begin()) - 1;
  // In constant time per position, however long the line (minified HTML).
  p.character = static_cast<int>(UnitsBefore(offset) - UnitsBefore(starts_[p.line]));
  return p;
}

size_t Utf16Lines::ToOffset(LspPosition p) const {
  if (p.line < 0) return 0;
  if (static_cast<size_t>(p.line) >= starts_.size()) return text_.size();
  size_t i = starts_[p.line];
  size_t end = static_cast<size_t>(p.line) + 1 < starts_.size() ? starts_[p.line + 1] : text_.size();
  // The line's end is before its break.
  while (end > i && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  int units = 0;
  while (i < end && units < p.character) {
    size_t j = i;
    uint32_t cp = NextCodePoint(text_, &j);
    units += cp >= 0x10000 ? 2 : 1;
    if (units > p.character) break;  // inside a surrogate pair: its start
    i = j;
  }
  return i;
}

LanguageServer::LanguageServer(PipelineOptions options)
    : base_options_(options), options_(std::move(options)) {}
LanguageServer::~LanguageServer() = default;

std::vector<std::string> LanguageServer::Handle(absl::string_view raw) {
  std::vector<std::string> out;
  std::string body(raw);
  if (body.find("\\u") != std::string::npos) ReplaceLoneSurrogates(&body);
  JsonValue msg;
  JsonError err;
  if (!ParseJson(body, &msg, &err)) {
    out.push_back(
        Error(nullptr, kParseError, absl::StrCat("parse error at byte ", err.offset, ": ", err.message)));
    return out;
  }
  if (!msg.is_object()) {
    out.push_back(Error(nullptr, kInvalidRequest, "a message must be a JSON object"));
    return out;
  }
  const JsonValue* id = msg.Find("id");
  const JsonValue* method = msg.Find("method");
  if (method == nullptr) {
    if (id == nullptr) out.push_back(Error(nullptr, kInvalidRequest, "a message needs a method or an id"));
    return out;  // else a response to a request of ours: none is sent
  }
  if (!method->is_string() || (id != nullptr && !id->is_string() && !id->is_number())) {
    out.push_back(Error(id != nullptr && (id->is_string() || id->is_number()) ? id : nullptr, kInvalidRequest,
                        "method must be a string and id a number or a string"));
    return out;
  }
  static const JsonValue kNoParams;
  const JsonValue* params = msg.Find("params");
  if (params == nullptr) params = &kNoParams;
  if (id != nullptr) {
    Request(*id, method->text(), *params, &out);
  } else {
    Notification(method->text(), *params, &out);
  }
  return out;
}

void LanguageServer::Request(const JsonValue& id, const std::string& method, const JsonValue& params,
                             std::vector<std::string>* out) {
  if (shutdown_) {
    out->push_back(Error(&id, kInvalidRequest, "the server is shutting down"));
    return;
  }
  if (method == "initialize") {
    if (initialized_) {
      out->push_back(Error(&id, kInvalidRequest, "initialize was already called"));
      return;
    }
    initialized_ = true;
    out->push_back(Response(
        id,
        absl::StrCat("{\"capabilities\":{\"positionEncoding\":\"utf-16\",\"textDocumentSync\":"
                     "{\"openClose\":true,\"change\":2,\"save\":{\"includeText\":false}},"
                     "\"hoverProvider\":true,\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]}},"
                     "\"serverInfo\":{\"name\":\"claimcheck\",\"version\":\"",
                     kVersion, "\"}}")));
    return;
  }
  if (!initialized_) {
    out->push_back(Error(&id, kServerNotInitialized, "the server is not initialized"));
    return;
  }
  if (method == "shutdown") {
    shutdown_ = true;
    out->push_back(Response(id, "null"));
    return;
  }
  if (method == "textDocument/hover" || method == "textDocument/codeAction") {
    const JsonValue& uri = params["textDocument"]["uri"];
    auto it = uri.is_string() ? documents_.find(uri.text()) : documents_.end();
    if (it == documents_.end()) {
      out->push_back(Error(&id, kInvalidParams,
                           uri.is_string() ? absl::StrCat("document not open: ", uri.text())
                                           : std::string("params.textDocument.uri must be a string")));
      return;
    }
    out->push_back(Response(id, method == "textDocument/hover" ? Hover(*it->second, params["position"])
                                                               : CodeActions(*it->second, params["range"])));
    return;
  }
  out->push_back(Error(&id, kMethodNotFound, absl::StrCat("method not found: ", method)));
}

void LanguageServer::Notification(const std::string& method, const JsonValue& params,
                                  std::vector<std::string>* out) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;  // notifications before initialize are dropped
  if (method == "textDocument/didOpen") {
    const JsonValue& td = params["textDocument"];
    if (!td["uri"].is_string() || !td["text"].is_string()) return;
    auto d = std::make_unique<OpenDocument>();
    d->uri = td["uri"].text();
    d->path = PathOfUri(d->uri);
    d->language = td["languageId"].text();
    d->text = td["text"].text();
    absl::SimpleAtoi(td["version"].text(), &d->version);
    OpenDocument* raw = d.get();
    documents_[raw->uri] = std::move(d);
    CheckAndPublish(raw, out);
  } else if (method == "textDocument/didChange") {
    auto it = documents_.find(params["textDocument"]["uri"].text());
    if (it == documents_.end()) return;
    OpenDocument& d = *it->second;
    absl::SimpleAtoi(params["textDocument"]["version"].text(), &d.version);
    for (const JsonValue& change : params["contentChanges"].items()) {
      if (!change["text"].is_string()) continue;
      const JsonValue* range = change.Find("range");
      if (range == nullptr) {
        d.text = change["text"].text();
        continue;
      }
      Utf16Lines lines(d.text);
      size_t a = lines.ToOffset(ReadPosition((*range)["start"])),
             b = lines.ToOffset(ReadPosition((*range)["end"]));
      if (b < a) std::swap(a, b);
      d.text.replace(a, b - a, change["text"].text());
    }
    CheckAndPublish(&d, out);
  } else if (method == "textDocument/didSave") {
    // A configuration or a pack saved: every open document is checked again.
    std::string path = PathOfUri(params["textDocument"]["uri"].text());
    if (absl::EndsWith(path, ".yaml") || absl::EndsWith(path, ".yml")) Reload(out);
  } else if (method == "textDocument/didClose") {
    auto it = documents_.find(params["textDocument"]["uri"].text());
    if (it == documents_.end()) return;
    out->push_back(PublishDiagnostics(it->first, nullptr, "[]"));
    documents_.erase(it);
  } else if (method == "workspace/didChangeConfiguration") {
    // settings.claimcheck: {enable: [...], disable: [...], rules: [...]} (each optional).
    // Each list is the command line's plus the settings' (a key left out: none).
    const JsonValue& s = params["settings"]["claimcheck"];
    options_ = base_options_;
    struct L {
      const char* key;
      std::vector<std::string>* out;
    };
    for (L l :
         {L{"enable", &options_.enable}, L{"disable", &options_.disable}, L{"rules", &options_.rule_paths}}) {
      const JsonValue* v = s.is_object() ? s.Find(l.key) : nullptr;
      if (v == nullptr || !v->is_array()) continue;
      for (const JsonValue& item : v->items()) {
        if (item.is_string()) l.out->push_back(item.text());
      }
    }
    Reload(out);
  }
  // initialized, $/cancelRequest (every request is answered before the next
  // message is read), $/setTrace and other notifications: nothing to do.
}

void LanguageServer::Reload(std::vector<std::string>* out) {
  pipeline_.reset();
  stamps_.clear();
  for (auto& [uri, d] : documents_) CheckAndPublish(d.get(), out);
}

bool LanguageServer::PipelineIsStale(const std::string& path) {
  // The files a document's configuration depends on: every
  // .claimcheck.yaml the lookup tries up to the one it finds (a missing one
  // too: it may appear), that one's packs, and the --rules paths.
  namespace fs = std::filesystem;
  std::map<std::string, std::string> now;
  std::error_code ec;
  fs::path dir = fs::absolute(path.empty() ? fs::path(".") : fs::path(path).parent_path(), ec);
  if (!options_.no_config) {
    if (!options_.config_file.empty()) {
      StampFile(options_.config_file, &now);
    } else if (!ec) {
      for (fs::path d = dir;; d = d.parent_path()) {
        const std::string candidate = (d / ".claimcheck.yaml").string();
        StampFile(candidate, &now);
        if (now[candidate] != "missing" || d == d.parent_path()) break;
      }
      if (absl::StatusOr<ProjectConfig> cfg = FindProjectConfig(dir.string()); cfg.ok()) {
        for (const std::string& r : cfg->rules) StampFile(r, &now);
      }
    }
  }
  for (const std::string& r : options_.rule_paths) StampFile(r, &now);
  auto [it, first] = stamps_.try_emplace(dir.string(), now);
  if (first || it->second == now) return false;
  it->second = std::move(now);
  return true;
}

void LanguageServer::CheckAndPublish(OpenDocument* d, std::vector<std::string>* out) {
  d->ok = false;
  d->error.clear();
  d->findings.clear();
  const std::string path = d->path.empty() ? d->uri : d->path;
  if (PipelineIsStale(d->path)) {
    // A configuration or pack changed: every open document is checked anew.
    pipeline_.reset();
    stamps_.clear();
    PipelineIsStale(d->path);
    for (auto& [uri, other] : documents_) {
      if (other.get() != d) CheckAndPublish(other.get(), out);
    }
  }
  if (pipeline_ == nullptr) {
    absl::StatusOr<std::unique_ptr<Pipeline>> made = Pipeline::Create(options_, d->path);
    if (made.ok()) {
      pipeline_ = *std::move(made);
      pipeline_error_.clear();
    } else {
      pipeline_error_ = std::string(made.status().message());
    }
  }
  if (!pipeline_error_.empty()) {
    d->error = pipeline_error_;
  } else if (d->text.empty()) {
    d->ok = true;  // a new, empty file: nothing to report
    d->doc = Document();
    d->analysis = Analysis();
  } else {
    Format format = Format::kText;
    if (d->language == "markdown") {
      format = Format::kMarkdown;
    } else if (d->language == "html") {
      format = Format::kHtml;
    } else if (!FormatForPath(path, &format) || format == Format::kJsonl) {
      format = Format::kText;
    }
    absl::StatusOr<Document> doc = format == Format::kMarkdown ? ParseMarkdown(path, d->text)
                                   : format == Format::kHtml   ? ParseHtml(path, d->text)
                                                               : ParseText(path, d->text);
    if (!doc.ok()) {
      d->error = std::string(doc.status().message());
    } else {
      d->doc = *std::move(doc);
      d->analysis = Analysis();
      if (absl::Status s = pipeline_->Analyze(d->doc, &d->analysis); !s.ok()) {
        d->error = std::string(s.message());
      } else {
        CheckResult r = pipeline_->Check(d->doc, d->analysis);
        if (!r.error.empty()) {
          d->error = r.error;
        } else {
          d->findings = std::move(r.findings);
          d->ok = true;
        }
      }
    }
  }
  const Utf16Lines lines(d->text);
  std::string diagnostics = "[";
  if (!d->error.empty()) {
    // What kept the document from being checked, at its start.
    JsonWriter w(&diagnostics);
    w.BeginObject();
    WriteRange(lines, 0, 0, &w);
    w.Field("severity", 1);
    w.Field("source", "claimcheck");
    w.Field("message", d->error);
    w.EndObject();
  }
  for (size_t k = 0; k < d->findings.size(); ++k) {
    if (k > 0 || !d->error.empty()) diagnostics += ",";
    diagnostics += Diagnostic(*d, k, lines);
  }
  diagnostics += "]";
  out->push_back(PublishDiagnostics(d->uri, &d->version, diagnostics));
}

std::string LanguageServer::Diagnostic(const OpenDocument& d, size_t k, const Utf16Lines& lines) const {
  const Finding& f = d.findings[k];
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  Span o = d.doc.ToOriginal(f.span);
  WriteRange(lines, o.start, o.end, &w);
  w.Key("severity");
  w.Number(kSeverityOf[static_cast<int>(f.severity)]);
  w.Field("code", f.rule);
  const Rule* rule = pipeline_ ? pipeline_->rules().Find(f.rule) : nullptr;
  if (rule != nullptr && !rule->link.empty()) {
    w.Key("codeDescription");
    w.BeginObject();
    w.Field("href", rule->link);
    w.EndObject();
  }
  w.Field("source", "claimcheck");
  w.Field("message", f.message);
  const std::vector<std::pair<Span, const char*>> related = RelatedPlaces(f);
  if (!related.empty()) {
    w.Key("relatedInformation");
    w.BeginArray();
    for (const auto& [span, what] : related) {
      Span ro = d.doc.ToOriginal(span);
      w.BeginObject();
      w.Key("location");
      w.BeginObject();
      w.Field("uri", d.uri);
      WriteRange(lines, ro.start, ro.end, &w);
      w.EndObject();
      w.Field("message",
              absl::StrCat(what, ": ",
                           CollapseWhitespace(absl::string_view(d.text).substr(ro.start, ro.size()))));
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  return out;
}

std::string LanguageServer::Hover(const OpenDocument& d, const JsonValue& position) const {
  if (!d.ok) return "null";
  Utf16Lines lines(d.text);
  const size_t at = lines.ToOffset(ReadPosition(position));
  auto covers = [&](Span s) {
    Span o = d.doc.ToOriginal(s);
    return o.start <= at && at < o.end;
  };
  auto words = [&](Span s) {
    return CollapseWhitespace(absl::string_view(d.doc.text).substr(s.start, s.size()));
  };
  std::string md;
  // The hover's range: the first thing it explains.
  Span range{0, 0};
  auto anchor = [&](Span s) {
    if (range.empty()) range = d.doc.ToOriginal(s);
  };
  for (const Finding& f : d.findings) {
    if (!covers(f.span)) continue;
    const Rule* rule = pipeline_ ? pipeline_->rules().Find(f.rule) : nullptr;
    absl::StrAppend(&md, md.empty() ? "" : "\n\n---\n\n", "**claimcheck** `", f.rule, "` (",
                    SeverityName(f.severity), "): ", f.message);
    if (rule != nullptr && !rule->description.empty()) absl::StrAppend(&md, "\n\n", rule->description);
    if (rule != nullptr && !rule->link.empty())
      absl::StrAppend(&md, "\n\n[", rule->link, "](", rule->link, ")");
    for (const Fix& x : f.fixes)
      absl::StrAppend(&md, "\n\nFix: “", words(x.span), "” → “", x.replacement, "”");
    anchor(f.span);
  }
  auto polarity = [](const Evidence& e) {
    return e.polarity == Polarity::kSupports ? "supports" : "contradicts";
  };
  // A quote or claim: who says it, through which cue, and the evidence the story sets beside it.
  auto attribution = [&](const char* what, Span content, const Attribution& at, int claim, int quote) {
    absl::StrAppend(&md, md.empty() ? "" : "\n\n---\n\n", "**", what, "**: “", words(content), "”\n\n");
    absl::StrAppend(&md, "Speaker: ", at.has_speaker ? absl::StrCat("**", at.speaker, "**") : "none found");
    if (at.has_cue) absl::StrAppend(&md, " · cue: “", at.cue, "”");
    for (const Evidence& e : d.analysis.evidence) {
      if ((claim >= 0 && e.claim == claim) || (quote >= 0 && e.quote == quote)) {
        absl::StrAppend(&md, "\n\nEvidence (", polarity(e), "): “", words(e.span), "”");
      }
    }
    anchor(content);
  };
  for (size_t k = 0; k < d.analysis.quotes.size(); ++k) {
    const Quote& q = d.analysis.quotes[k];
    if (q.kind == QuoteKind::kName || !covers(q.span)) continue;
    attribution("Quote", q.content, q.attribution, -1, static_cast<int>(k));
  }
  for (size_t k = 0; k < d.analysis.claims.size(); ++k) {
    const Claim& c = d.analysis.claims[k];
    if (!covers(c.content) && !covers(c.attribution.cue_span)) continue;
    attribution(c.agentless ? "Reported claim (agentless)" : "Reported claim", c.content, c.attribution,
                static_cast<int>(k), -1);
  }
  for (const Evidence& e : d.analysis.evidence) {
    if (!covers(e.span)) continue;
    absl::StrAppend(&md, md.empty() ? "" : "\n\n---\n\n", "**Evidence** (", polarity(e), "): “",
                    words(e.span), "”");
    anchor(e.span);
  }
  if (md.empty()) return "null";
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("contents");
  w.BeginObject();
  w.Field("kind", "markdown");
  w.Field("value", md);
  w.EndObject();
  WriteRange(lines, range.start, range.end, &w);
  w.EndObject();
  return out;
}

std::string LanguageServer::CodeActions(const OpenDocument& d, const JsonValue& range) const {
  if (!d.ok) return "[]";
  Utf16Lines lines(d.text);
  const size_t a = lines.ToOffset(ReadPosition(range["start"])),
               b = lines.ToOffset(ReadPosition(range["end"]));
  std::string out = "[";
  bool first = true;
  for (size_t k = 0; k < d.findings.size(); ++k) {
    const Finding& f = d.findings[k];
    Span o = d.doc.ToOriginal(f.span);
    // The range touches the finding (a cursor at either end of it counts).
    if (o.end < a || o.start > b) continue;
    for (const TextEdit& e : FileEdits(d.doc, {f})) {
      std::string action;
      JsonWriter w(&action);
      w.BeginObject();
      w.Field("title", FixTitle(absl::string_view(d.text).substr(e.start, e.end - e.start), e.replacement));
      w.Field("kind", "quickfix");
      w.Field("isPreferred", true);
      w.EndObject();
      action.pop_back();
      absl::StrAppend(&action, ",\"diagnostics\":[", Diagnostic(d, k, lines), "],\"edit\":{\"changes\":{");
      JsonWriter ew(&action);
      ew.Key(d.uri);
      ew.BeginArray();
      ew.BeginObject();
      WriteRange(lines, e.start, e.end, &ew);
      ew.Field("newText", e.replacement);
      ew.EndObject();
      ew.EndArray();
      action += "}}}";
      absl::StrAppend(&out, first ? "" : ",", action);
      first = false;
    }
  }
  return out + "]";
}

int RunLanguageServer(std::istream& in, std::ostream& out, const PipelineOptions& options) {
  LanguageServer server(options);
  auto send = [&](const std::string& body) {
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  };
  std::string line;
  while (!server.exited()) {
    // Headers, up to a blank line; only Content-Length is read.
    long long length = -1;
    bool any = false, bad_length = false;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) {
        if (any) break;
        continue;  // blank lines between messages
      }
      any = true;
      absl::string_view l(line);
      if (absl::StartsWithIgnoreCase(l, "content-length:")) {
        l.remove_prefix(15);
        if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(l), &length) || length < 0) bad_length = true;
      }
    }
    if (!any) break;  // end of input
    if (length < 0 || bad_length) {
      send(Error(nullptr, kParseError,
                 bad_length ? "bad Content-Length header" : "missing Content-Length header"));
      // Resynchronise: skip to the next Content-Length header.
      std::string window;
      char ch;
      bool found = false;
      while (in.get(ch)) {
        window.push_back(ch);
        if (window.size() > 15) window.erase(0, window.size() - 15);
        if (absl::EqualsIgnoreCase(window, "content-length:")) {
          found = true;
          break;
        }
      }
      if (!found) break;
      // Put the header back together and read its value on this line.
      std::getline(in, line);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(line), &length) || length < 0) continue;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) break;
      }
    }
    if (length > kMaxMessageBytes) {
      // Read past it (in pieces: it is never held) and go on.
      send(Error(nullptr, kParseError,
                 absl::StrCat("message of ", length, " bytes is over the limit of ", kMaxMessageBytes)));
      in.ignore(length);
      if (in.gcount() != length) break;
      continue;
    }
    std::string body(static_cast<size_t>(length), '\0');
    in.read(body.data(), length);
    if (in.gcount() != length) break;
    for (const std::string& reply : server.Handle(body)) send(reply);
    out.flush();
  }
  out.flush();
  return server.exited() ? server.exit_code() : 1;
}

}  // namespace claimcheck
