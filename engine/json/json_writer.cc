#include "engine/json/json_writer.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "extractors/document.h"

namespace claimcheck {

void AppendJsonString(absl::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // A run of printable ASCII other than " and \ goes out as it is.
    size_t run = i;
    while (run < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[run]);
      if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\') break;
      ++run;
    }
    out->append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t bad = FindInvalidUtf8(s.substr(i, std::min<size_t>(4, s.size() - i)));
      size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (bad == 0 || i + len > s.size()) {
        out->append("\xEF\xBF\xBD");  // U+FFFD
        ++i;
        continue;
      }
      out->append(s.data() + i, len);
      i += len;
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          absl::StrAppendFormat(out, "\\u%04x", c);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out->push_back('"');
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_value_.empty()) {
    if (has_value_.back()) out_->push_back(',');
    has_value_.back() = true;
  }
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  has_value_.push_back(false);
}
void JsonWriter::EndObject() {
  out_->push_back('}');
  has_value_.pop_back();
}
void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  has_value_.push_back(false);
}
void JsonWriter::EndArray() {
  out_->push_back(']');
  has_value_.pop_back();
}

void JsonWriter::Key(absl::string_view k) {
  Separate();
  AppendJsonString(k, out_);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(absl::string_view s) {
  Separate();
  AppendJsonString(s, out_);
}
void JsonWriter::Int(int64_t v) {
  Separate();
  absl::StrAppend(out_, v);
}
void JsonWriter::Double(double v) {
  Separate();
  if (std::isfinite(v))
    absl::StrAppendFormat(out_, "%.6g", v);
  else
    out_->append("null");
}
void JsonWriter::Number(absl::string_view literal) {
  Separate();
  out_->append(literal.data(), literal.size());
}
void JsonWriter::Bool(bool v) {
  Separate();
  out_->append(v ? "true" : "false");
}
void JsonWriter::Null() {
  Separate();
  out_->append("null");
}

void WriteOriginalSpan(const Document& doc, absl::string_view prefix, bool present, Span span,
                       JsonWriter* w) {
  Span o = doc.ToOriginal(span);
  w->Key(absl::StrCat(prefix, "_start"));
  if (present)
    w->Int(o.start);
  else
    w->Null();
  w->Key(absl::StrCat(prefix, "_end"));
  if (present)
    w->Int(o.end);
  else
    w->Null();
}

}  // namespace claimcheck
