#include "engine/json/json_reader.h"

#include <random>
#include <string>

#include "engine/json/json_writer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

JsonValue Parsed(const std::string& text) {
  JsonValue v;
  JsonError e;
  EXPECT_TRUE(ParseJson(text, &v, &e)) << text << ": " << e.message << " at " << e.offset;
  return v;
}

JsonError Failure(const std::string& text) {
  JsonValue v;
  JsonError e;
  EXPECT_FALSE(ParseJson(text, &v, &e)) << text;
  return e;
}

TEST(JsonReader, ARecordsMembersInOrderWithStringsUnescaped) {
  const JsonValue v = Parsed(
      " {\"id\": 12, \"text\": \"Line one\\nsaid \\\"Ann\\\" \\u201cok\\u201d \\ud83d\\ude00 "
      "caf\xc3\xa9\\/\","
      " \"tags\": [true, false, null, -0.5e+3], \"id\": \"second\"} ");
  ASSERT_TRUE(v.is_object());
  ASSERT_EQ(v.members().size(), 4u);
  EXPECT_EQ(v.members()[0].first, "id");
  EXPECT_TRUE(v["id"].is_number());
  EXPECT_EQ(v["id"].text(), "12");  // the first of two members named "id"
  EXPECT_EQ(v["text"].text(),
            "Line one\nsaid \"Ann\" \xe2\x80\x9cok\xe2\x80\x9d \xf0\x9f\x98\x80 caf\xc3\xa9/");
  const JsonValue& tags = v["tags"];
  ASSERT_TRUE(tags.is_array());
  ASSERT_EQ(tags.items().size(), 4u);
  EXPECT_EQ(tags[0].type(), JsonValue::Type::kBool);
  EXPECT_TRUE(tags[0].boolean());
  EXPECT_FALSE(tags[1].boolean());
  EXPECT_EQ(tags[2].type(), JsonValue::Type::kNull);
  EXPECT_EQ(tags[3].text(), "-0.5e+3");  // as written
  EXPECT_EQ(v["missing"].type(), JsonValue::Type::kNull);
  EXPECT_EQ(tags[9].type(), JsonValue::Type::kNull);
  EXPECT_EQ(v.Find("missing"), nullptr);
}

TEST(JsonReader, KeepingSomeMembersStillChecksTheRest) {
  JsonValue v;
  JsonError e;
  const auto keep = [](absl::string_view key) { return key == "text"; };
  ASSERT_TRUE(
      ParseJsonKeeping("{\"meta\": {\"a\": [1, \"x\\n\"]}, \"text\": \"body\", \"n\": 2}", keep, &v, &e));
  ASSERT_EQ(v.members().size(), 1u);
  EXPECT_EQ(v["text"].text(), "body");
  EXPECT_EQ(v.Find("meta"), nullptr);
  // A member not kept is still read strictly.
  EXPECT_FALSE(ParseJsonKeeping("{\"meta\": [1, \"\\q\"], \"text\": \"body\"}", keep, &v, &e));
  EXPECT_EQ(e.message, "an unknown escape in a string");
  EXPECT_EQ(e.offset, 14u);
  EXPECT_FALSE(ParseJsonKeeping("{\"meta\": 1., \"text\": \"body\"}", keep, &v, &e));
  EXPECT_EQ(e.message, "expected a digit after the decimal point");
}

TEST(JsonReader, ErrorsSayWhatAndWhere) {
  struct Case {
    const char* text;
    size_t offset;
    const char* message;
  } cases[] = {
      {"", 0, "unexpected end of the text"},
      {"{\"a\": 1,}", 8, "expected a member name in double quotes"},
      {"{\"a\" 1}", 5, "expected ':' after the member name"},
      {"{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}' in the object"},
      {"[1 2]", 3, "expected ',' or ']' in the array"},
      {"{\"a\": tru}", 6, "not a JSON value"},
      {"{\"a\": 01}", 7, "expected ',' or '}' in the object"},
      {"{\"a\": 1.}", 8, "expected a digit after the decimal point"},
      {"{\"a\": 1e}", 8, "expected a digit in the exponent"},
      {"{\"a\": \"x", 8, "unterminated string"},
      {"{\"a\": \"x\ty\"}", 8, "a control character in a string (JSON escapes it)"},
      {"{\"a\": \"\\q\"}", 7, "an unknown escape in a string"},
      {"{\"a\": \"\\u12G4\"}", 9, "expected four hex digits after \\u"},
      {"{\"a\": \"\\udc00\"}", 13, "a lone low surrogate in a \\u escape"},
      {"{\"a\": \"\\ud800x\"}", 13, "a high surrogate not followed by a low one"},
      {"{\"a\": \"\xc3\x28\"}", 7, "invalid UTF-8 in a string"},
      {"{\"a\": \"\xed\xa0\x80\"}", 7, "invalid UTF-8 in a string"},      // a surrogate in UTF-8
      {"{\"a\": \"\xe0\x80\xaf\"}", 7, "invalid UTF-8 in a string"},      // overlong
      {"{\"a\": \"\xf4\x90\x80\x80\"}", 7, "invalid UTF-8 in a string"},  // past U+10FFFF
      {"{} {}", 3, "unexpected text after the value"},
  };
  for (const Case& c : cases) {
    const JsonError e = Failure(c.text);
    EXPECT_EQ(e.message, c.message) << c.text;
    EXPECT_EQ(e.offset, c.offset) << c.text;
  }
  std::string deep(kMaxJsonDepth + 1, '[');
  EXPECT_EQ(Failure(deep).message, "nested deeper than 512");
  std::string ok_deep = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  Parsed(ok_deep);
}

// Writing what was read gives the same text back, for any string.
TEST(JsonReader, ReadsBackWhatJsonWriterWrites) {
  std::mt19937 rng(20261207);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      switch (rng() % 6) {
        case 0:
          s.push_back(static_cast<char>(rng() % 0x20));
          break;  // controls
        case 1:
          s += "\"\\/";
          break;
        case 2:
          s += "\xe2\x80\x9c";
          break;  // a curly quote
        case 3:
          s += "\xf0\x9f\x98\x80";
          break;
        default:
          s.push_back(static_cast<char>('a' + rng() % 26));
          break;
      }
    }
    std::string json;
    JsonWriter w(&json);
    w.BeginObject();
    w.Field("s", s);
    w.Key("n");
    w.Int(static_cast<int64_t>(rng()) - (1ll << 31));
    w.EndObject();
    const JsonValue v = Parsed(json);
    ASSERT_EQ(v["s"].text(), s) << json;
    std::string again;
    JsonWriter w2(&again);
    w2.BeginObject();
    w2.Field("s", v["s"].text());
    w2.Key("n");
    w2.Number(v["n"].text());
    w2.EndObject();
    EXPECT_EQ(again, json);
  }
}

}  // namespace
}  // namespace claimcheck
