// A small streaming JSON writer: the one place output JSON is produced.
//
//   JsonWriter w(&out);
//   w.BeginObject();
//   w.Key("path"); w.String(doc.path);
//   w.Key("start"); w.Int(12);
//   w.EndObject();
//
// Strings are escaped (quotes, backslash, every control character) and any
// invalid UTF-8 is replaced by U+FFFD, so the output is always valid JSON.
#ifndef CLAIMCHECK_ENGINE_JSON_JSON_WRITER_H_
#define CLAIMCHECK_ENGINE_JSON_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/document.h"

namespace claimcheck {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}
  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(absl::string_view k);
  void String(absl::string_view s);
  void Int(int64_t v);
  void Double(double v);
  // A number as JSON text already writes it ("12", "-0.5e3"), e.g. one
  // read by ParseJson; the caller vouches that it is a JSON number.
  void Number(absl::string_view literal);
  void Bool(bool v);
  void Null();
  // Convenience: Key + value.
  void Field(absl::string_view k, absl::string_view v) {
    Key(k);
    String(v);
  }
  void Field(absl::string_view k, const char* v) {
    Key(k);
    String(v);
  }
  void Field(absl::string_view k, int64_t v) {
    Key(k);
    Int(v);
  }
  void Field(absl::string_view k, int v) {
    Key(k);
    Int(v);
  }
  void Field(absl::string_view k, size_t v) {
    Key(k);
    Int(static_cast<int64_t>(v));
  }
  void Field(absl::string_view k, bool v) {
    Key(k);
    Bool(v);
  }

 private:
  void Separate();
  std::string* out_;
  // One entry per open container: true once it holds a value.
  std::vector<bool> has_value_;
  bool after_key_ = false;
};

// Writes the fields "<prefix>_start" and "<prefix>_end": the span's offsets
// in the document's original bytes, or null for both when `present` is false.
void WriteOriginalSpan(const Document& doc, absl::string_view prefix, bool present, Span span, JsonWriter* w);

// Appends s to *out as a JSON string literal (with quotes).
void AppendJsonString(absl::string_view s, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_JSON_JSON_WRITER_H_
