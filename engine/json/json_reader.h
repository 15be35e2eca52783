// Reading JSON (RFC 8259, strictly): JSONL records and the reports `merge`
// reads. Output JSON is written by JsonWriter (json_writer.h).
//
//   JsonValue v;
//   JsonError e;
//   if (!ParseJson(line, &v, &e)) ... e.offset, e.message
//   if (const JsonValue* text = v.Find("text"); text && text->is_string()) ...
//
// Strings are unescaped into UTF-8 (and must be valid UTF-8, with no raw
// control characters); numbers keep the text they were written as; an
// object keeps its members in order, duplicates included (Find returns the
// first). Values nest at most kMaxJsonDepth deep. Written for claimcheck's
// own needs (and so that the binary links no JSON library): a JSONL record
// is one article, a report one run.
#ifndef CLAIMCHECK_ENGINE_JSON_JSON_READER_H_
#define CLAIMCHECK_ENGINE_JSON_JSON_READER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

inline constexpr int kMaxJsonDepth = 512;

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  using Member = std::pair<std::string, JsonValue>;

  Type type() const { return type_; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_array() const { return type_ == Type::kArray; }
  bool boolean() const { return boolean_; }
  // The string's characters, or the number as written.
  const std::string& text() const { return text_; }
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<Member>& members() const { return members_; }
  // The first member named `key`, or null (also when this is no object).
  const JsonValue* Find(absl::string_view key) const;
  // The member named `key` or the item at `i`; a null value when there is
  // none (for walking a known shape: v["runs"][0]["results"]).
  const JsonValue& operator[](absl::string_view key) const;
  const JsonValue& operator[](size_t i) const;

 private:
  friend class JsonParser;
  Type type_ = Type::kNull;
  bool boolean_ = false;
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<Member> members_;
};

struct JsonError {
  size_t offset = 0;  // byte offset of the problem in the text
  std::string message;
};

// Parses `text` as exactly one JSON value (white space around it allowed).
bool ParseJson(absl::string_view text, JsonValue* out, JsonError* error);

// The same, checking the whole text, but an object at the top keeps only the
// members whose names `keep` accepts (a JSONL record's few fields of many:
// the others are read past without being stored).
bool ParseJsonKeeping(absl::string_view text, const std::function<bool(absl::string_view key)>& keep,
                      JsonValue* out, JsonError* error);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_JSON_JSON_READER_H_
