// Figures about a corpus that no linter gives: how often the newsroom hedges
// or leaves a claim unsourced per 1,000 words, whom its claims come from
// (named, anonymous, vague or no one), how many quotes an article carries,
// whom it quotes most, and how often the reporting verb is loaded; for the
// whole corpus and for each group of a JSONL metadata field.
//
//   CorpusStats stats;
//   stats.Add(MeasureDocument(analysis, findings, group));  // in input order
//   stats.WriteText(std::cout);
//
// MeasureDocument is thread-safe; CorpusStats is not (add from one thread).
// Memory does not grow with the documents: counts per group, and the quoted
// speakers kept by a space-saving top-k (at most kSpeakerSlots per group;
// exact while a group has fewer distinct speakers, and past that each shown
// count is one the speaker is sure of). It grows with the number of groups:
// group by a field with few values (a section, a publisher, a month), not
// by one that is new for each record (a URL).
#ifndef CLAIMCHECK_ENGINE_STATS_CORPUS_STATS_H_
#define CLAIMCHECK_ENGINE_STATS_CORPUS_STATS_H_

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/rules/rule.h"
#include "extractors/analysis.h"
#include "extractors/document.h"

namespace claimcheck {

// Where a reported claim comes from.
enum class ClaimSource {
  kNamed,      // a person or body the story names ("the minister, Ann Cole")
  kAnonymous,  // someone the story will not name ("an official who asked not to be named")
  kVague,      // a kind of people, no one in particular ("critics", "some experts")
  kNone,       // no one: an agentless report ("it was announced")
};
inline constexpr int kClaimSources = 4;

// The categories every finding falls in, in the order tables give them.
inline constexpr const char* kFindingCategories[] = {"hedged", "disputed", "unsourced", "attribution"};
const char* ClaimSourceName(ClaimSource s);

// What one document adds to the figures.
struct DocumentStats {
  std::string group;  // the value of the --group-by field ("" when the document has none)
  size_t words = 0;
  std::vector<std::pair<std::string, std::string>> findings;  // (rule, category) of each finding
  size_t claims_by_source[kClaimSources] = {0, 0, 0, 0};
  size_t quotes = 0;  // speech and partial quotes (one for a quote "he said" splits), and quotes in claims
  std::vector<std::string> quoted;  // the named speaker of each quote that has one
  size_t cues = 0;                  // quotes and claims with a reporting verb
  size_t loaded_cues = 0;           // of which the verb is loaded ("claimed", "insisted")
};

// The figures of one analysed and checked document. A claim is anonymous
// when a finding of an anonymity rule (an id with "anonym") covers its
// speaker, vague when its speaker names no one otherwise, named when the
// speaker phrase names someone, and from no one when it has no speaker.
DocumentStats MeasureDocument(const Analysis& analysis, const std::vector<Finding>& findings,
                              std::string group);

// The value a document is grouped by: `field` of its JSONL record; with
// `by_month`, a date's "YYYY-MM" (a value that is no date is kept whole).
// "" when the record has no such field (and for files).
std::string GroupOf(const Document& doc, absl::string_view field, bool by_month);

class CorpusStats {
 public:
  static constexpr size_t kSpeakerSlots = 1024;
  static constexpr size_t kTopSpeakers = 10;

  explicit CorpusStats(std::string group_field = "") : group_field_(std::move(group_field)) {}
  void Add(const DocumentStats& d);

  // Tables for a terminal: the corpus, then each group (sorted by name).
  void WriteText(std::ostream& out) const;
  // One JSON object per group, then one for the whole corpus ("group": null).
  void WriteJsonl(std::ostream& out) const;
  // Long form for notebooks: group,measure,key,value (RFC 4180 quoting).
  void WriteCsv(std::ostream& out) const;

 private:
  struct Totals {
    size_t documents = 0, words = 0, findings = 0;
    std::map<std::string, size_t> by_rule, by_category;
    size_t claims_by_source[kClaimSources] = {0, 0, 0, 0};
    size_t quotes = 0, cues = 0, loaded_cues = 0;
    // Space-saving top-k: speaker -> (count, overestimate).
    std::map<std::string, std::pair<size_t, size_t>> speakers;
    void Add(const DocumentStats& d);
    std::vector<std::pair<std::string, size_t>> TopSpeakers(size_t n) const;
  };
  // (name, totals) for each group and the corpus, in output order.
  std::vector<std::pair<const std::string*, const Totals*>> Rows() const;

  std::string group_field_;
  Totals all_;
  std::map<std::string, Totals> groups_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_STATS_CORPUS_STATS_H_
