#include "engine/json/json_reader.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace claimcheck {

const JsonValue* JsonValue::Find(absl::string_view key) const {
  for (const Member& m : members_) {
    if (m.first == key) return &m.second;
  }
  return nullptr;
}

const JsonValue& JsonValue::operator[](absl::string_view key) const {
  static const JsonValue* const kNull = new JsonValue();
  const JsonValue* v = Find(key);
  return v != nullptr ? *v : *kNull;
}

const JsonValue& JsonValue::operator[](size_t i) const {
  static const JsonValue* const kNull = new JsonValue();
  return i < items_.size() ? items_[i] : *kNull;
}

// A recursive-descent parser over the text; `pos_` is the next byte.
class JsonParser {
 public:
  JsonParser(absl::string_view text, JsonError* error, const std::function<bool(absl::string_view)>* keep)
      : s_(text), error_(error), keep_(keep) {}

  bool ParseDocument(JsonValue* out) {
    SkipSpace();
    if (!ParseValue(out, 0)) return false;
    SkipSpace();
    if (pos_ != s_.size()) return Fail("unexpected text after the value");
    return true;
  }

 private:
  bool Fail(absl::string_view message) {
    error_->offset = pos_;
    error_->message = std::string(message);
    return false;
  }

  void SkipSpace() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Literal(absl::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return Fail("not a JSON value");
    pos_ += word.size();
    return true;
  }

  // Parses the value at pos_ into *out; with a null `out`, only checks it
  // (a member the caller does not keep: nothing is stored or allocated).
  bool ParseValue(JsonValue* out, int depth) {
    if (pos_ >= s_.size()) return Fail("unexpected end of the text");
    const auto set = [out](JsonValue::Type type, bool boolean = false) {
      if (out == nullptr) return;
      out->type_ = type;
      out->boolean_ = boolean;
    };
    switch (s_[pos_]) {
      case '{':
        return ParseObject(out, depth + 1);
      case '[':
        return ParseArray(out, depth + 1);
      case '"':
        set(JsonValue::Type::kString);
        return ParseString(out != nullptr ? &out->text_ : nullptr);
      case 't':
        set(JsonValue::Type::kBool, true);
        return Literal("true");
      case 'f':
        set(JsonValue::Type::kBool);
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        set(JsonValue::Type::kNumber);
        return ParseNumber(out != nullptr ? &out->text_ : nullptr);
    }
  }

  // Past the opening mark of an object or array at pos_: false on an
  // error; *empty when the closing mark follows at once (and is read).
  bool Open(JsonValue* out, JsonValue::Type type, char close, int depth, bool* empty) {
    if (depth > kMaxJsonDepth) return Fail(absl::StrCat("nested deeper than ", kMaxJsonDepth));
    if (out != nullptr) out->type_ = type;
    ++pos_;
    SkipSpace();
    *empty = pos_ < s_.size() && s_[pos_] == close;
    if (*empty) ++pos_;
    return true;
  }

  bool ParseObject(JsonValue* out, int depth) {
    bool empty = false;
    if (!Open(out, JsonValue::Type::kObject, '}', depth, &empty)) return false;
    if (empty) return true;
    std::string key;
    for (;;) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return Fail("expected a member name in double quotes");
      if (!ParseString(out != nullptr ? &key : nullptr)) return false;
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return Fail("expected ':' after the member name");
      ++pos_;
      SkipSpace();
      // (At the top, only the members the caller keeps are stored.)
      if (out == nullptr || (depth == 1 && keep_ != nullptr && !(*keep_)(key))) {
        if (!ParseValue(nullptr, depth)) return false;
      } else {
        out->members_.emplace_back(std::move(key), JsonValue());
        if (!ParseValue(&out->members_.back().second, depth)) return false;
        key.clear();
      }
      bool more = false;
      if (!AfterItem('}', "expected ',' or '}' in the object", &more)) return false;
      if (!more) return true;
    }
  }

  bool ParseArray(JsonValue* out, int depth) {
    bool empty = false;
    if (!Open(out, JsonValue::Type::kArray, ']', depth, &empty)) return false;
    if (empty) return true;
    for (;;) {
      SkipSpace();
      if (out != nullptr) out->items_.emplace_back();
      if (!ParseValue(out != nullptr ? &out->items_.back() : nullptr, depth)) return false;
      bool more = false;
      if (!AfterItem(']', "expected ',' or ']' in the array", &more)) return false;
      if (!more) return true;
    }
  }

  // After an item of an object or array closed by `close`: a ',' (*more)
  // or the closing mark (!*more), else the error `message`.
  bool AfterItem(char close, absl::string_view message, bool* more) {
    SkipSpace();
    if (pos_ < s_.size() && (s_[pos_] == ',' || s_[pos_] == close)) {
      *more = s_[pos_] == ',';
      ++pos_;
      return true;
    }
    return Fail(message);
  }

  bool Digits() {
    const size_t from = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > from;
  }

  bool ParseNumber(std::string* out) {
    const size_t from = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9') {
      pos_ = from;
      return Fail("not a JSON value");
    }
    if (s_[pos_] == '0') {
      ++pos_;
    } else {
      Digits();
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!Digits()) return Fail("expected a digit after the decimal point");
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!Digits()) return Fail("expected a digit in the exponent");
    }
    if (out != nullptr) out->assign(s_.data() + from, pos_ - from);
    return true;
  }

  static int Hex(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
  }

  // Four hex digits after "\u" at pos_ (which is past the 'u').
  bool Hex4(uint32_t* out) {
    if (pos_ + 4 > s_.size()) return Fail("expected four hex digits after \\u");
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = Hex(s_[pos_ + k]);
      if (h < 0) return Fail("expected four hex digits after \\u");
      v = v << 4 | static_cast<uint32_t>(h);
    }
    pos_ += 4;
    *out = v;
    return true;
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | cp >> 6));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | cp >> 12));
      out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | cp >> 18));
      out->push_back(static_cast<char>(0x80 | (cp >> 12 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // The length of the well-formed UTF-8 sequence at pos_ (a lead byte of
  // 0x80 or more), or 0.
  size_t Utf8Length() const {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s_[pos_ + k]); };
    const unsigned char c = b(0);
    const size_t left = s_.size() - pos_;
    auto cont = [&](size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
      if (!cont(1) || !cont(2)) return 0;
      if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
      if (c == 0xED && b(1) >= 0xA0) return 0;  // a surrogate
      return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      if (!cont(1) || !cont(2) || !cont(3)) return 0;
      if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
      if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
      return 4;
    }
    return 0;
  }

  // The string at pos_, unescaped into *out; with a null `out`, only checked.
  bool ParseString(std::string* out) {
    ++pos_;  // '"'
    const bool keep = out != nullptr;
    if (keep) out->clear();
    const auto put = [out](char ch) {
      if (out != nullptr) out->push_back(ch);
    };
    // Bytes from `copied` on are copied at once when an escape or the
    // closing quote comes (plain text and UTF-8 need no change).
    size_t copied = pos_;
    for (;;) {
      // Eight bytes at a time while none of them is a quote, a backslash, a
      // control or a non-ASCII byte.
      size_t run = pos_;
      while (run + 8 <= s_.size()) {
        uint64_t w;
        std::memcpy(&w, s_.data() + run, 8);
        constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        const uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
        const uint64_t special =
            ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((w - kOnes * 0x20) & ~w) | w;
        if ((special & kHigh) != 0) break;
        run += 8;
      }
      while (run < s_.size()) {
        const unsigned char c = static_cast<unsigned char>(s_[run]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++run;
      }
      pos_ = run;
      if (pos_ >= s_.size()) return Fail("unterminated string");
      const unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        if (keep) out->append(s_.data() + copied, pos_ - copied);
        ++pos_;
        return true;
      }
      if (c < 0x20) return Fail("a control character in a string (JSON escapes it)");
      if (c >= 0x80) {
        const size_t n = Utf8Length();
        if (n == 0) return Fail("invalid UTF-8 in a string");
        pos_ += n;
        continue;
      }
      if (keep) out->append(s_.data() + copied, pos_ - copied);
      // A backslash escape.
      if (pos_ + 1 >= s_.size()) return Fail("unterminated string");
      const char e = s_[pos_ + 1];
      pos_ += 2;
      switch (e) {
        case '"':
          put('"');
          break;
        case '\\':
          put('\\');
          break;
        case '/':
          put('/');
          break;
        case 'b':
          put('\b');
          break;
        case 'f':
          put('\f');
          break;
        case 'n':
          put('\n');
          break;
        case 'r':
          put('\r');
          break;
        case 't':
          put('\t');
          break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail("a lone low surrogate in a \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low = 0;
            if (s_.substr(pos_, 2) != "\\u") return Fail("a high surrogate not followed by a low one");
            pos_ += 2;
            if (!Hex4(&low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return Fail("a high surrogate not followed by a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (keep) AppendUtf8(cp, out);
          break;
        }
        default:
          pos_ -= 2;
          return Fail("an unknown escape in a string");
      }
      copied = pos_;
    }
  }

  absl::string_view s_;
  size_t pos_ = 0;
  JsonError* error_;
  const std::function<bool(absl::string_view)>* keep_;
};

bool ParseJson(absl::string_view text, JsonValue* out, JsonError* error) {
  *out = JsonValue();
  JsonParser p(text, error, nullptr);
  return p.ParseDocument(out);
}

bool ParseJsonKeeping(absl::string_view text, const std::function<bool(absl::string_view key)>& keep,
                      JsonValue* out, JsonError* error) {
  *out = JsonValue();
  JsonParser p(text, error, &keep);
  return p.ParseDocument(out);
}

}  // namespace claimcheck
