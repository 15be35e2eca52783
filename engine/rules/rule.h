// Rules, findings and the interface every rule type implements.
//
// A rule *type* (lexical, claim, evidence, figure, headline) is one small class: its
// factory validates a rule's spec and compiles it (engine/rule_types.cc), and
// its Run() is the hot loop over one document. Loaded rules are immutable and
// safe to share across threads; per-document state lives in CheckContext.
#ifndef CLAIMCHECK_ENGINE_RULES_RULE_H_
#define CLAIMCHECK_ENGINE_RULES_RULE_H_

#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "extractors/analysis.h"
#include "extractors/document.h"
#include "re2/re2.h"

namespace claimcheck {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
const char* SeverityName(Severity s);
bool ParseSeverity(absl::string_view name, Severity* out);

// Where in a document a rule looks.
enum class Scope {
  kNarration,  // the newsroom's own voice: outside quotes and reported content
  kQuote,      // inside quotes someone is said to have said
  kClaim,      // inside reported (indirect) content
  kHeading,    // headings only
  kUnquoted,   // narration and reported content: everything outside quotes
  kReported,   // quotes and reported content: everything the newsroom does not say itself
  kAny,
};
const char* ScopeName(Scope s);
bool ParseScope(absl::string_view name, Scope* out);

// A replacement a rule offers for the words it flags ("claimed" -> "said"):
// text[span] becomes `replacement`.
struct Fix {
  Span span;  // in Document::text
  std::string replacement;
};

struct Finding {
  std::string rule;
  std::string category;
  Severity severity = Severity::kWarning;
  std::string message;
  Span span;  // in Document::text
  int sentence = -1;
  // Related places (empty when absent): the speaker, the cue, the evidence.
  Span speaker;
  Span cue;
  Span evidence;
  // Other rules that hit the same words and were folded into this finding
  // (RuleSet::Check reports one finding per span).
  std::vector<std::string> also;
  // What the rule offers to write instead (its `fix`); never inside a quotation.
  std::vector<Fix> fixes;
  // How specific the rule's type is: 1 for rules over extracted structure
  // (claims, evidence, figures), 0 for word lists and regexes. Set by RuleSet.
  int specificity = 0;
};

// The places a finding relates to, in order, with what each is: its
// speaker, its reporting cue and its evidence, those it has (SARIF's
// relatedLocations, the language server's relatedInformation).
std::vector<std::pair<Span, const char*>> RelatedPlaces(const Finding& f);

// How a fix is named to a user: "Replace “claimed” with “said”" (`words`:
// the text it replaces).
std::string FixTitle(absl::string_view words, absl::string_view replacement);

// What a rule type sees of one document.
struct CheckContext {
  const Document& doc;
  const Analysis& analysis;
  // What rules match against: doc.text with each non-ASCII space (the
  // no-break space of web copy, U+00A0; thin and other spaces) written as
  // ASCII spaces of the same byte length, so that "\\s" and the spaces of
  // a rule's phrases match them and every offset is still doc.text's.
  absl::string_view text;
  std::string spaced_text;  // text's storage when doc.text has non-ASCII spaces
  // Per byte of doc.text would be wasteful; scope is decided from sorted spans.
  std::vector<Span> quote_spans;  // attributed and unattributed speech quotes
  std::vector<int> quote_index;   // parallel: index into analysis.quotes
  std::vector<Span> claim_spans;  // reported content
  std::vector<int> claim_index;
  std::vector<Span> reported_spans;  // Analysis::reported, sorted by start
  // reported_ends[i]: the furthest end of reported_spans[0..i], so one
  // binary search tells whether any of them holds a span.
  std::vector<size_t> reported_ends;
  // Memo for the rules' narration guards ("a paragraph whose narration says
  // I"): many rules share a guard's pattern and ask it of the same
  // paragraph, once per candidate. Keyed by the regex (one per pattern,
  // shared by the rules that use it) and the span.
  mutable absl::flat_hash_map<std::tuple<const void*, size_t, size_t>, bool> guard_memo;
  // Where a rule's `earlier_has_regex` first matches in the document (its
  // end; npos for none), found once per document: the guard holds for a
  // match that starts after it.
  mutable absl::flat_hash_map<const void*, size_t> earlier_memo;
  // (These memos make a CheckContext one thread's: it is built for one
  // document inside RuleSet::CheckAll and never shared.)

  explicit CheckContext(const Document& d, const Analysis& a);
  CheckContext(const CheckContext&) = delete;
  CheckContext& operator=(const CheckContext&) = delete;
  // The quote holding [span], or -1.
  int QuoteAt(Span span) const;
  int ClaimAt(Span span) const;
  // Whether [span] is inside reported content that is no claim ("fears that …").
  bool InReported(Span span) const;
  bool InHeading(Span span) const;
  bool InScope(Scope scope, Span span) const;
  int SentenceAt(size_t offset) const { return analysis.segmentation.SentenceAt(offset); }
};

class RuleType {
 public:
  virtual ~RuleType() = default;
  // Appends this rule's findings for one document. `base` carries the rule's
  // id, category, severity; the type fills span, message and related places.
  virtual void Run(const CheckContext& ctx, std::vector<Finding>* out) const = 0;
  // The regex (RE2 syntax) a sentence must match for the rule to find
  // anything in it; empty when there is none. Rules with a prefilter are
  // matched together, one RE2::Set pass per sentence, and then run with
  // RunIn() on the sentences that matched only.
  virtual std::string Prefilter() const { return ""; }
  // Phrases of words, one of which is in every match (ignoring case and the
  // white space between words); empty when the rule has none. Such rules
  // skip the RE2::Set: their words are found for all of them in one scan of
  // the lowercased document, and RunIn() runs where a phrase's words are.
  virtual std::vector<std::string> LiteralPhrases() const { return {}; }
  // With LiteralPhrases, the regex (RE2 syntax) of the matches none of the
  // phrases finds, when the rule has one ("words" beside a "regex"): a
  // sentence is a candidate when a phrase stands in it or it passes this
  // regex's atoms. Empty when the phrases find every match.
  virtual std::string LiteralPhrasesBeside() const { return ""; }
  // Like Run, limited to matches inside `span` (a sentence). Only called for
  // rules with a prefilter.
  virtual void RunIn(const CheckContext& ctx, Span span, std::vector<Finding>* out) const {
    (void)ctx;
    (void)span;
    (void)out;
  }
};

// A rule's `fix`: the replacement for a finding's words, by a table of
// the words (`swap`, lowercase keys) or a template (`replace`, with
// {match}); none when the word after them is one of `unless_followed_by`
// ("claimed to be" takes no "said"), the text after them matches
// `unless_followed_by_regex` ("admitted urging"), or the text before them
// ends with one of `unless_preceded_by` (", it is hoped" after an opening
// phrase that the new subject would take) or matches
// `unless_preceded_by_regex` at its end ("amid opposition claims": a noun).
struct RuleFix {
  absl::flat_hash_map<std::string, std::string> swap;
  std::string replace;
  std::vector<std::string> unless_followed_by, unless_preceded_by;
  std::shared_ptr<const RE2> unless_followed_by_regex, unless_preceded_by_regex;
  bool empty() const { return swap.empty() && replace.empty(); }
};

struct Rule {
  std::string id;
  std::string type;
  std::string category;
  Severity severity = Severity::kWarning;
  std::string message;  // template: {match} {speaker} {cue} {claim} {evidence} {headline}
  std::string description;
  std::string link;
  std::string file;  // where it was defined, for `claimcheck rules`
  int line = 0;
  // `enabled: false` in the pack: loaded and tested, but run only when a
  // project enables it (`enable:` in .claimcheck.yaml, or --enable=ID).
  bool enabled = true;
  RuleFix fix;
  std::unique_ptr<RuleType> impl;
};

// The replacement `fix` offers for `words` (the finding's text), cased as
// they are ("Claimed" -> "Said"), or "" when it offers none. `before` and
// `next` are the text before and after them.
std::string FixFor(const RuleFix& fix, absl::string_view words, absl::string_view before,
                   absl::string_view next);

// Fills a message template. Unknown placeholders were rejected at load time.
std::string FormatMessage(const std::string& tmpl, absl::string_view match, absl::string_view speaker,
                          absl::string_view cue, absl::string_view claim, absl::string_view evidence,
                          absl::string_view headline = "");

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_RULE_H_
