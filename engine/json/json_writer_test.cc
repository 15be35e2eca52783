#include "engine/json/json_writer.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(JsonWriterTest, EscapesControlCharactersAndQuotes) {
  std::string out;
  AppendJsonString(
      "a\"b\\c\nd\te\x01"
      "f\x7f",
      &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u007f\"");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  std::string out;
  AppendJsonString(
      "ok \xE2\x80\x9C"
      "x\xFF"
      "y\xC3",
      &out);
  EXPECT_EQ(out,
            "\"ok \xE2\x80\x9C"
            "x\xEF\xBF\xBDy\xEF\xBF\xBD\"");
}

TEST(JsonWriterTest, WritesNestedValues) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("a", 1);
  w.Key("b");
  w.BeginArray();
  w.Null();
  w.Bool(true);
  w.String("s");
  w.EndArray();
  w.Field("c", "d");
  w.EndObject();
  EXPECT_EQ(out, "{\"a\":1,\"b\":[null,true,\"s\"],\"c\":\"d\"}");
}

}  // namespace
}  // namespace claimcheck
