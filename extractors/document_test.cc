#include "extractors/document.h"

#include "extractors/tokens.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(AsciiLowerTest, LowersAsciiLettersOnlyAtEveryPosition) {
  // Every byte value, at every offset modulo 8 (the fast path works on
  // eight bytes at a time, the tail one by one).
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  for (size_t shift = 0; shift < 9; ++shift) {
    std::string in = std::string(shift, 'Q') + all;
    std::string out = AsciiLower(in);
    ASSERT_EQ(out.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(in[i]);
      unsigned char want = c >= 'A' && c <= 'Z' ? c + 32 : c;
      ASSERT_EQ(static_cast<unsigned char>(out[i]), want) << "byte " << int(c) << " shift " << shift;
    }
  }
  EXPECT_EQ(AsciiLower("Élysée SAID “Hi”"), "Élysée said “hi”");  // UTF-8 untouched
}

TEST(LineIndexTest, AgreesWithACharacterByCharacterCountOnLongMixedText) {
  // Lines longer than the index's blocks, with one-, two-, three- and
  // four-byte characters at every alignment.
  std::string text;
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", " ", "\n"};
  for (int i = 0; i < 3000; ++i) text += pieces[(i * 7 + i / 13) % (i % 97 == 0 ? 6 : 5)];
  LineIndex lines(text);
  int line = 1, column = 1;
  for (size_t o = 0; o < text.size(); ++o) {
    unsigned char c = static_cast<unsigned char>(text[o]);
    if ((c & 0xC0) != 0x80) {
      Position p = lines.At(o);
      ASSERT_EQ(p.line, line) << o;
      ASSERT_EQ(p.column, column) << o;
      if (c == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
  }
}

TEST(LineIndexTest, ColumnsCountCodePointsNotBytes) {
  // “ is three bytes; the column after it is 2, not 4.
  std::string text = "ab\n\xE2\x80\x9CHi\xE2\x80\x9D x\n";
  LineIndex lines(text);
  EXPECT_EQ(lines.At(0).line, 1);
  EXPECT_EQ(lines.At(0).column, 1);
  Position p = lines.At(6);  // 'H'
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 2);
  Position x = lines.At(text.find('x'));
  EXPECT_EQ(x.line, 2);
  EXPECT_EQ(x.column, 6);
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("plain"), absl::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9"), absl::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"
                            "cd"),
            2u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);         // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);       // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);  // surrogate
  // Past runs of ASCII read eight bytes at a time, at every alignment.
  for (size_t pad = 0; pad < 20; ++pad) {
    std::string ascii(pad, 'a');
    EXPECT_EQ(FindInvalidUtf8(ascii + "\xFF" + std::string(9, 'b')), pad) << pad;
    EXPECT_EQ(FindInvalidUtf8(ascii + "\xC3\xA9" + std::string(9, 'b') + "\xC3"), pad + 11) << pad;
  }
}

TEST(OffsetMapTest, MapsCopiesAndReplacements) {
  // Original "a&amp;b" -> text "a&b".
  OffsetMap m;
  m.AddCopy(0, 0, 1);
  m.AddReplacement(1, 1, 1, 6);
  m.AddCopy(2, 6, 1);
  EXPECT_EQ(m.ToOriginal(0, false), 0u);
  EXPECT_EQ(m.ToOriginal(1, false), 1u);
  EXPECT_EQ(m.ToOriginal(2, true), 6u);  // end of the entity
  EXPECT_EQ(m.ToOriginal(2, false), 6u);
  EXPECT_EQ(m.ToOriginal(3, true), 7u);
}

}  // namespace
}  // namespace claimcheck
