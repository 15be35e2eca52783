#include "extractors/segmenter.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  Segmenter seg(BuiltinLexicons());
  std::vector<std::string> out;
  for (const Sentence& s : seg.Segment(doc).sentences) {
    std::string t = text.substr(s.span.start, s.span.size());
    for (char& c : t)
      if (c == '\n') c = ' ';
    out.push_back((s.heading ? "# " : "") + t);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SegmenterTest, TitlesAbbreviationsInitialsAndMoney) {
  EXPECT_EQ(Sentences("Gov. Ann Lee met Sen. Bo Park and Dr. Kim on Jan. 5. They spoke."),
            (V{"Gov. Ann Lee met Sen. Bo Park and Dr. Kim on Jan. 5.", "They spoke."}));
  EXPECT_EQ(Sentences("Carl W. Brandt spoke. Acme Inc. said profit rose 3.5 percent to $9.1 billion."),
            (V{"Carl W. Brandt spoke.", "Acme Inc. said profit rose 3.5 percent to $9.1 billion."}));
  EXPECT_EQ(Sentences("The U.S. Army arrived. It left the U.K. The team stayed."),
            (V{"The U.S. Army arrived.", "It left the U.K.", "The team stayed."}));
}

TEST(SegmenterTest, ADecimalPriceEndsItsSentence) {
  // "$17.45." is no dotted abbreviation like "U.S.": the next capital opens
  // a sentence.
  EXPECT_EQ(Sentences("Shares closed up 3.1% at $17.45. Analysts expect a buyout."),
            (V{"Shares closed up 3.1% at $17.45.", "Analysts expect a buyout."}));
}

TEST(SegmenterTest, QuotesEllipsesAndQuestions) {
  EXPECT_EQ(
      Sentences("\xE2\x80\x9CWe hope it will\xE2\x80\xA6 pave the way,\xE2\x80\x9D he said. Then he left."),
      (V{"\xE2\x80\x9CWe hope it will\xE2\x80\xA6 pave the way,\xE2\x80\x9D he said.", "Then he left."}));
  EXPECT_EQ(Sentences("\xE2\x80\x9CWill you stop?\xE2\x80\x9D he asked. Nobody answered."),
            (V{"\xE2\x80\x9CWill you stop?\xE2\x80\x9D he asked.", "Nobody answered."}));
  EXPECT_EQ(Sentences("\xE2\x80\x9CWill you stop?\xE2\x80\x9D Trump asked. Nobody answered."),
            (V{"\xE2\x80\x9CWill you stop?\xE2\x80\x9D Trump asked.", "Nobody answered."}));
  EXPECT_EQ(Sentences("He said: \"It is over.\" She left."), (V{"He said: \"It is over.\"", "She left."}));
}

TEST(SegmenterTest, DatelinesAndDashes) {
  EXPECT_EQ(Sentences("KYIV \xE2\x80\x94 Shelling resumed overnight. Officials said five died."),
            (V{"KYIV \xE2\x80\x94 Shelling resumed overnight.", "Officials said five died."}));
  EXPECT_EQ(Sentences("WASHINGTON (AP) \xE2\x80\x94 The bill passed."),
            (V{"WASHINGTON (AP) \xE2\x80\x94 The bill passed."}));
}

TEST(SegmenterTest, HeadingsStandAlone) {
  EXPECT_EQ(Sentences("Talks end.\nBattlefield context\nAdvances continued."),
            (V{"Talks end.", "# Battlefield context", "Advances continued."}));
}

TEST(SegmenterTest, ReflowDoesNotChangeSentences) {
  std::string wide =
      "The council met on Tuesday and voted to delay the plan. The mayor said the\n"
      "decision was final.\n\nA second paragraph follows here.";
  std::string narrow =
      "The council met on Tuesday and voted\nto delay the plan. The mayor said\nthe "
      "decision was final.\n\nA second paragraph\nfollows here.";
  V expected{"The council met on Tuesday and voted to delay the plan.",
             "The mayor said the decision was final.", "A second paragraph follows here."};
  EXPECT_EQ(Sentences(wide), expected);
  EXPECT_EQ(Sentences(narrow), expected);
}

TEST(SegmenterTest, OneParagraphPerLine) {
  Document doc;
  doc.text = std::string(120, 'a') + " end.\n" + std::string(110, 'b') + " end.\n";
  Segmenter seg(BuiltinLexicons());
  Segmentation s = seg.Segment(doc);
  ASSERT_EQ(s.paragraphs.size(), 2u);
  EXPECT_EQ(s.paragraphs[1].span.start, 126u);
}

}  // namespace
}  // namespace claimcheck
