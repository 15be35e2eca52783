// claimcheck's language server (LSP 3.17 over stdio): the pipeline's
// findings as diagnostics in an editor, as the reporter writes.
//
//   PipelineOptions o;                       // --rules, --enable, ... as for check
//   int code = RunLanguageServer(std::cin, std::cout, o);
//
// Documents (Markdown, HTML, plain text) are checked when opened and after
// each change (full or incremental sync), each with its nearest
// .claimcheck.yaml; a change to a configuration or a rule pack is picked up
// at the next check, without a restart. Diagnostics carry the rule id as
// `code`, its link as `codeDescription`, the speaker, cue and evidence as
// `relatedInformation`; hover explains a finding, quote or claim; code
// actions offer the rules' fixes. Positions are in UTF-16 code units, as
// the protocol requires. Malformed messages are answered with the
// protocol's errors and the server goes on; nothing but protocol messages
// is written to `out`.
#ifndef CLAIMCHECK_TOOLS_LSP_LANGUAGE_SERVER_H_
#define CLAIMCHECK_TOOLS_LSP_LANGUAGE_SERVER_H_

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/json/json_reader.h"
#include "engine/pipeline.h"

namespace claimcheck {

// Positions: byte offset in UTF-8 `text` <-> LSP line and UTF-16 character.
// Lines end at "\n", "\r\n" or a lone "\r"; a character past a line's end
// is its end.
struct LspPosition {
  int line = 0;
  int character = 0;
};
class Utf16Lines {
 public:
  explicit Utf16Lines(absl::string_view text);
  LspPosition ToPosition(size_t offset) const;
  size_t ToOffset(LspPosition p) const;

 private:
  // UTF-16 units of the code points that start before `offset`.
  uint32_t UnitsBefore(size_t offset) const;

  absl::string_view text_;
  std::vector<size_t> starts_;  // byte offset of each line
  static constexpr size_t kBlock = 256;
  std::vector<uint32_t> block_units_;  // UnitsBefore(k * kBlock)
};

// One server's state; Handle() takes one message body (the JSON after the
// Content-Length header) and returns the message bodies to send back, in order.
class LanguageServer {
 public:
  explicit LanguageServer(PipelineOptions options);
  ~LanguageServer();
  std::vector<std::string> Handle(absl::string_view body);
  // After an `exit` notification: the process's exit code (0 when `shutdown`
  // came first, 1 otherwise, as the protocol says).
  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct OpenDocument;
  void Request(const JsonValue& id, const std::string& method, const JsonValue& params,
               std::vector<std::string>* out);
  void Notification(const std::string& method, const JsonValue& params, std::vector<std::string>* out);
  // Re-reads the document's configuration when it or a pack changed, checks it
  // and appends its publishDiagnostics.
  void CheckAndPublish(OpenDocument* d, std::vector<std::string>* out);
  void Reload(std::vector<std::string>* out);
  bool PipelineIsStale(const std::string& path);
  std::string Hover(const OpenDocument& d, const JsonValue& position) const;
  std::string CodeActions(const OpenDocument& d, const JsonValue& range) const;
  std::string Diagnostic(const OpenDocument& d, size_t finding, const Utf16Lines& lines) const;

  const PipelineOptions base_options_;  // the command line's
  PipelineOptions options_;             // and the editor's settings
  std::unique_ptr<Pipeline> pipeline_;
  std::string pipeline_error_;
  // Per directory of a checked document: what each file its configuration
  // depends on was (path: mtime and size, or "missing") at its last check;
  // a difference reloads the pipeline.
  std::map<std::string, std::map<std::string, std::string>> stamps_;
  std::map<std::string, std::unique_ptr<OpenDocument>> documents_;  // by URI
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
};

// Serves `in` (LSP base protocol: Content-Length headers, JSON-RPC bodies)
// until `exit` or the end of input; returns the exit code.
int RunLanguageServer(std::istream& in, std::ostream& out, const PipelineOptions& options);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_LSP_LANGUAGE_SERVER_H_
