// Reads inputs into Documents: plain text, Markdown, HTML, and JSONL corpora
// (one document per record), from files, directories and stdin.
//
//   DocumentStream in({"articles/", "corpus.jsonl"}, ReaderOptions{});
//   InputItem item;
//   while (in.Next(&item)) {
//     if (!item.status.ok()) { report(item.status); continue; }
//     Process(item.doc);
//   }
//
// Documents come one at a time in a stable order (arguments as given,
// directories recursively in sorted order, JSONL records in file order), so a
// corpus of any size is read in bounded memory. A bad input yields an item
// with an error naming the file and position; reading goes on with the next.
#ifndef CLAIMCHECK_ENGINE_INPUT_READER_H_
#define CLAIMCHECK_ENGINE_INPUT_READER_H_

#include <deque>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "extractors/document.h"

namespace claimcheck {

struct ReaderOptions {
  std::string text_field = "text";
  std::string id_field = "id";
  // Format of "-" (stdin): "auto" (JSONL when it starts with '{'), "text",
  // "markdown", "html" or "jsonl".
  std::string stdin_format = "auto";
  // The path "-" stands for in documents, errors and the configuration
  // lookup, and the line number of its first line: a part of a JSONL corpus
  // piped in (a cluster worker's share) reads as that part of the file.
  std::string stdin_name = "-";
  int stdin_first_line = 1;
  // List, do not read: each file the inputs expand to is one item with its
  // path and size (InputItem::bytes) and an empty document; "-" is one item.
  bool list_files = false;
  // JSONL fields to keep in Document::fields (strings and numbers), besides
  // the text, the id and the title.
  std::vector<std::string> keep_fields;
  // Larger documents (files, or JSONL records) are reported, not analysed:
  // a news article is well under a megabyte; this guards against a stray
  // dump or a binary blob.
  size_t max_document_bytes = 16u << 20;
  // Inputs to skip: globs (fnmatch, '*' also matches '/') against the path
  // relative to `ignore_base` (the directory of .claimcheck.yaml).
  std::vector<std::string> ignore;
  std::string ignore_base;
  // When set, decides instead of `ignore` whether a file a directory walk
  // finds is skipped (each file by the configuration nearest to it).
  std::function<bool(const std::string& path)> walk_ignores;
};

// Whether `path`, found by a directory walk, matches one of opts.ignore
// (relative to opts.ignore_base; a path outside it never does). Files named
// as inputs are read whatever the globs say.
bool Ignored(const ReaderOptions& opts, const std::string& path);

// HTML tags nested deeper than this are read as spaces, with a notice on the
// document (Document::notices): real pages nest a few dozen deep, and the
// HTML parser's time grows with the square of the depth.
inline constexpr int kMaxHtmlDepth = 256;
// Markdown block quotes and lists nested deeper than this (markers at a
// line's start) have their markers read as spaces, with a notice: the
// parser builds a node per level, 130 bytes for each '>'.
inline constexpr int kMaxMarkdownDepth = 256;
// A tag's attributes after this many are read as spaces, with a notice:
// the parser compares each attribute with every earlier one of its tag, so
// its time grows with the square of their number (a tag with 40,000
// attributes took 2.7 s), and attributes are never read as text.
inline constexpr int kMaxHtmlAttributes = 256;

// A file's bytes, or nothing when it cannot be read (configurations, packs,
// reports and lists of inputs; documents go through DocumentStream).
std::optional<std::string> ReadWholeFile(const std::string& path);

// Parsers for one document's bytes. `path` names it in errors.
absl::StatusOr<Document> ParseText(std::string path, std::string bytes);
absl::StatusOr<Document> ParseMarkdown(std::string path, std::string bytes);
absl::StatusOr<Document> ParseHtml(std::string path, std::string bytes);
// One JSONL line (1-based `line_no`).
absl::StatusOr<Document> ParseJsonlRecord(const std::string& path, int line_no, absl::string_view line,
                                          const ReaderOptions& opts);

// Checks bytes for NUL and invalid UTF-8; the error names path:line:column.
absl::Status ValidateText(absl::string_view path, absl::string_view bytes);

// The format a path's extension selects, or false for unsupported files.
bool FormatForPath(absl::string_view path, Format* out);

struct InputItem {
  absl::Status status;  // not ok: `doc.path` still names the input
  Document doc;
  size_t bytes = 0;  // bytes read for this item
};

class DocumentStream {
 public:
  DocumentStream(std::vector<std::string> paths, ReaderOptions opts, std::istream* stdin_stream = nullptr);
  // Fills *item with the next document or error; false when all is read.
  bool Next(InputItem* item);

 private:
  bool NextFromJsonl(InputItem* item);
  void Expand(const std::string& path, std::vector<std::string>* files, std::vector<absl::Status>* errors);

  std::deque<std::string> pending_;
  ReaderOptions opts_;
  std::istream* stdin_;
  // The JSONL corpus being read, if any.
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_path_;
  int jsonl_line_ = 0;
  std::string line_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_INPUT_READER_H_
