// Word lists that drive segmentation and extraction, kept as data so a user
// can extend them without a rebuild.
//
//   absl::StatusOr<Lexicons> lex = LoadLexicons({"my/lexicons"});
//
// The built-in lists (extractors/lexicons/*, compiled into the binary) are
// always loaded; each extra directory may hold files of the same names whose
// entries are added. A malformed line fails loading with file:line.
// A loaded Lexicons is immutable and safe to share across threads.
#ifndef CLAIMCHECK_EXTRACTORS_LEXICON_H_
#define CLAIMCHECK_EXTRACTORS_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// What a reporting verb says about the speaker's stance.
enum class CueClass { kNone, kNeutral, kLoaded, kDenial, kWarning, kBelief, kAttitude };
const char* CueClassName(CueClass c);
bool ParseCueClass(absl::string_view name, CueClass* out);

enum class Polarity { kSupports, kContradicts };
const char* PolarityName(Polarity p);

enum class PronounKind { kPerson, kGroup, kSelf, kThing };

// Bits of Token::flags (see extractors/internal/words.h, ClassifyTokens):
// every word class the extractors test, found with one lookup per token.
enum WordFlag : uint64_t {
  // Closed classes (grammar): their members are lexicons/word_classes.tsv,
  // each class named there by its flag's name in snake case.
  kFlagMonth = 1ull << 0,          // capitalised month name (May, Sept)
  kFlagWeekday = 1ull << 1,        // capitalised day (Friday, Today)
  kFlagVagueQuantity = 1ull << 2,  // dozens, thousands
  kFlagAgentless = 1ull << 3,      // past participle of an agentless attribution
  kFlagDeterminer = 1ull << 4,
  kFlagPossessivePronoun = 1ull << 5,
  kFlagAuxiliary = 1ull << 6,
  kFlagBe = 1ull << 7,
  kFlagAdverb = 1ull << 8,  // a listed adverb or an -ly word (see IsAdverb)
  kFlagPreposition = 1ull << 9,
  kFlagSubordinator = 1ull << 10,
  kFlagFunctionWord = 1ull << 11,
  kFlagQuantityHead = 1ull << 12,
  kFlagStrongVerb = 1ull << 13,   // say, tell, ask
  kFlagClaimObject = 1ull << 14,  // "claimed victory"
  kFlagNounDeterminer = 1ull << 15,
  kFlagNameJoiner = 1ull << 16,           // of, de, van, bin
  kFlagAnaphoricHead = 1ull << 17,        // "the former officer"
  kFlagTakesAddressee = 1ull << 18,       // "told reporters"
  kFlagPropositionalObject = 1ull << 19,  // "announced his resignation"
  kFlagQuestionWord = 1ull << 20,
  kFlagConditional = 1ull << 21,
  kFlagMagnitude = 1ull << 22,            // thousand, million, percent
  kFlagNumberWord = 1ull << 23,           // one, twenty, a
  kFlagObjectWord = 1ull << 24,           // him, them, for, on: what a stance verb takes
  kFlagIrregularPast = 1ull << 25,        // went, was, made
  kFlagFirstPersonSingular = 1ull << 26,  // I, I'm, me, my, myself
  kFlagWhether = 1ull << 27,              // whether
  kFlagFiniteAuxiliary = 1ull << 28,      // has, will, could: a verb that carries a clause
  kFlagPersonKind = 1ull << 29,           // "the candidate": a kind of person, not an office
  kFlagNamingWord = 1ull << 30,           // "dubbed", "a sign reading": a quote after it is a name
  kFlagTitledNoun = 1ull << 31,           // "his book, …": a titled work or displayed text
  kFlagTitleMinorWord = 1ull << 48,       // "of", "a": lowercase in the title of a work
  // Vocabulary (the lexicon files).
  kFlagPronoun = 1ull << 32,
  kFlagSpeakerNoun = 1ull << 33,
  kFlagTitle = 1ull << 34,       // a one-word title (president)
  kFlagTitleFirst = 1ull << 35,  // first word of some title (secretary)
  // Case-sensitive lists: the lowercase form matches an entry, so the exact
  // text is worth looking up (most tokens are not).
  kFlagMaybeTitleAbbreviation = 1ull << 36,
  kFlagMaybeOrganisationWord = 1ull << 37,
  kFlagMaybePlaceFirst = 1ull << 38,
  kFlagEvidenceFirst = 1ull << 39,  // first word of an evidence phrase
  kFlagFalsityFirst = 1ull << 40,   // first word of a falsity phrase
  // Second words of those phrases, and first words that are a phrase on
  // their own: "has been" needs "been" next, "hoax" needs nothing.
  kFlagEvidenceSecond = 1ull << 41,
  kFlagEvidenceAlone = 1ull << 42,
  kFlagFalsitySecond = 1ull << 43,
  kFlagFalsityAlone = 1ull << 44,
  kFlagStanceNoun = 1ull << 45,       // "fears (that …)", "the claim (that …)"
  kFlagStanceAdjective = 1ull << 46,  // "is worried (that …)"
  kFlagBodyNoun = 1ull << 47,         // a speaker noun marked "body": "report", "emails"
  kFlagClassified = 1ull << 63,
};

// The word sets of word_sets.tsv: each is the words one construction of the
// extractors compares a token with ("said last week": time_after_cue).
enum class WordSet : int {
  kPostNominal,               // post_nominal
  kIndefinitePronoun,         // indefinite_pronoun
  kObjectToVerb,              // object_to_verb
  kGroupPart,                 // group_part
  kTimeBeforeName,            // time_before_name
  kTimeAfterCue,              // time_after_cue
  kPostedThing,               // posted_thing
  kTimeSpan,                  // time_span
  kLeadingAdverb,             // leading_adverb
  kBackVerb,                  // back_verb
  kRuleNoun,                  // rule_noun
  kDiscourseNoun,             // discourse_noun
  kShowingVerb,               // showing_verb
  kIssuingVerb,               // issuing_verb
  kReportingWork,             // reporting_work
  kNotPossessor,              // not_possessor
  kTitlePrefix,               // title_prefix
  kBareNationality,           // bare_nationality
  kFirmNoun,                  // firm_noun
  kFirmRoleNoun,              // firm_role_noun
  kRelation,                  // relation
  kCircleNoun,                // circle_noun
  kPopulationNoun,            // population_noun
  kShownThing,                // shown_thing
  kMentionVerb,               // mention_verb
  kSayingNoun,                // saying_noun
  kNamingNoun,                // naming_noun
  kByVerb,                    // by_verb
  kCatenativeVerb,            // catenative_verb
  kToAdjective,               // to_adjective
  kClauseOnlyVerb,            // clause_only_verb
  kDocumentNoun,              // document_noun
  kStanceCopula,              // stance_copula
  kSpeechNoun,                // speech_noun
  kAudienceNoun,              // audience_noun
  kToldThing,                 // told_thing
  kNounFirst,                 // noun_first
  kRefusedThing,              // refused_thing
  kTurnedDownThing,           // turned_down_thing
  kApprovedThing,             // approved_thing
  kAdjunctPreposition,        // adjunct_preposition
  kLegalFiling,               // legal_filing
  kSueVerb,                   // sue_verb
  kEventNoun,                 // event_noun
  kViewNoun,                  // view_noun
  kSentenceStarter,           // sentence_starter
  kRecordSource,              // record_source
  kAdverbDegreeWord,          // adverb_degree_word
  kBeliefParticiple,          // belief_participle
  kLeadingVerb,               // leading_verb
  kNameSuffix,                // name_suffix
  kRelayVerb,                 // relay_verb
  kAideNoun,                  // aide_noun
  kLoyaltyAdjective,          // loyalty_adjective
  kClosenessAdjective,        // closeness_adjective
  kInsiderParticiple,         // insider_participle
  kQuantifierSubject,         // quantifier_subject
  kQuantityPhraseWord,        // quantity_phrase_word
  kObtainingParticiple,       // obtaining_participle
  kSuperlativeDegree,         // superlative_degree
  kQuestionedParticiple,      // questioned_participle
  kSpeakingParticiple,        // speaking_participle
  kEmphaticReflexive,         // emphatic_reflexive
  kMemberAsideOpener,         // member_aside_opener
  kLikenessPreposition,       // likeness_preposition
  kSpeakerPostmodifier,       // speaker_postmodifier
  kPartOfDay,                 // part_of_day
  kEvidenceVerb,              // evidence_verb
  kTextMakingVerb,            // text_making_verb
  kPostingVerb,               // posting_verb
  kCurrencySign,              // currency_sign
  kTimeSpanEnd,               // time_span_end
  kTimePhraseOpener,          // time_phrase_opener
  kTimeUnitNoun,              // time_unit_noun
  kCertaintyAdjective,        // certainty_adjective
  kStatementAdjective,        // statement_adjective
  kCallingVerb,               // calling_verb
  kConvictionAdjective,       // conviction_adjective
  kHereIsContraction,         // here_is_contraction
  kPresenceWord,              // presence_word
  kUnnamedPersonWord,         // unnamed_person_word
  kInclusionWord,             // inclusion_word
  kWentOnVerb,                // went_on_verb
  kRelayedSayingParticiple,   // relayed_saying_participle
  kGenericSayer,              // generic_sayer
  kSayIdiomForm,              // say_idiom_form
  kHopeNoun,                  // hope_noun
  kViewVerb,                  // view_verb
  kAimWord,                   // aim_word
  kNegatingAdverb,            // negating_adverb
  kSayingParticiple,          // saying_participle
  kPossibilityModal,          // possibility_modal
  kIdiomParticle,             // idiom_particle
  kScheduleWord,              // schedule_word
  kTellingParticiple,         // telling_participle
  kAddressingParticiple,      // addressing_participle
  kRevealingParticiple,       // revealing_participle
  kForecastParticiple,        // forecast_participle
  kHearsayParticiple,         // hearsay_participle
  kPortrayalParticiple,       // portrayal_participle
  kCallForm,                  // call_form
  kPutForm,                   // put_form
  kPointForm,                 // point_form
  kParticipleDegreeWord,      // participle_degree_word
  kTaleNoun,                  // tale_noun
  kSayForm,                   // say_form
  kApproximatorAdverb,        // approximator_adverb
  kScantQuantity,             // scant_quantity
  kPremodifierAdjective,      // premodifier_adjective
  kDismissalParticle,         // dismissal_particle
  kNullPronoun,               // null_pronoun
  kPhysicalSenseMarker,       // physical_sense_marker
  kPhysicalDirection,         // physical_direction
  kClaimNoun,                 // claim_noun
  kDegreeModifier,            // degree_modifier
  kMakeVerb,                  // make_verb
  kMadeArgumentNoun,          // made_argument_noun
  kExceptionAdverb,           // exception_adverb
  kQuotingVerb,               // quoting_verb
  kShowVerb,                  // show_verb
  kRelativeOrQuantifier,      // relative_or_quantifier
  kOfficeModifier,            // office_modifier
  kUnisexManTitle,            // unisex_man_title
  kContinuingVerb,            // continuing_verb
  kAskVerb,                   // ask_verb
  kPreTitleWord,              // pre_title_word
  kFemaleHonorific,           // female_honorific
  kDemonymLookalike,          // demonym_lookalike
  kDemonymNoun,               // demonym_noun
  kCloseToAdjective,          // close_to_adjective
  kAdversaryNoun,             // adversary_noun
  kCountryAbbreviation,       // country_abbreviation
  kGenericMediaWord,          // generic_media_word
  kWriteParticle,             // write_particle
  kComplementizerOrParticle,  // complementizer_or_particle
  kRequestVerb,               // request_verb
  kCueIrregularPast,          // cue_irregular_past
  kSayTellPast,               // say_tell_past
  kAuthorityNoun,             // authority_noun
  kRelativePeriodNoun,        // relative_period_noun
  kObjectPronoun,             // object_pronoun
  kSignQuantifier,            // sign_quantifier
  kSignNoun,                  // sign_noun
  kWithheldThing,             // withheld_thing
  kQuestionNoun,              // question_noun
  kRefusalVerb,               // refusal_verb
  kIntentWord,                // intent_word
  kReportVerb,                // report_verb
  kStockPhraseModifier,       // stock_phrase_modifier
  kAskingWord,                // asking_word
  kNamingAdverb,              // naming_adverb
  kCallPresentVerb,           // call_present_verb
  kGenericPeopleWord,         // generic_people_word
  kComparisonWord,            // comparison_word
  kSurveyFindingVerb,         // survey_finding_verb
  kBlameVerb,                 // blame_verb
  kSentenceConnective,        // sentence_connective
  kAppearanceParticiple,      // appearance_participle
  kButGivingVerb,             // but_giving_verb
  kSpreadWord,                // spread_word
  kPersistenceVerb,           // persistence_verb
  kThatCopula,                // that_copula
  kSuppositionParticiple,     // supposition_participle
  kInterviewingVerb,          // interviewing_verb
  kNegationWord,              // negation_word
  kEvidenceFindingVerb,       // evidence_finding_verb
  kEvidenceStatingVerb,       // evidence_stating_verb
  kCurrencySymbol,            // currency_symbol
  kFractionWord,              // fraction_word
  kClockSuffix,               // clock_suffix
  kNumberSuffix,              // number_suffix
  kNumeralOnlyMagnitude,      // numeral_only_magnitude
  kFemaleNoun,                // female_noun
  kMaleNoun,                  // male_noun
  kWishStem,                  // wish_stem
  kCount
};

// What the analyzer needs to know of one lowercase word, in one lookup.
struct WordInfo {
  uint64_t flags = 0;
  uint64_t capitalized_flags = 0;  // apply only when written capitalised (May)
  uint8_t cue_class = 0;           // CueClass
  uint8_t pronoun = 0;             // PronounKind + 1, 0 for none
};

// Lowercase word -> WordInfo, read once per token: open addressing over a
// cheap hash of short keys (absl's string hash costs more than the rest of
// the lookup for five-letter words). Built once, then read-only.
class WordTable {
 public:
  // Build time: the entry for `word`, created empty when missing.
  WordInfo& operator[](absl::string_view word);
  // Null when `word` is not in the table.
  const WordInfo* Find(absl::string_view word) const {
    // Most punctuation and every number start with a byte no key starts
    // with: no hashing for them.
    if (word.empty() ? !has_empty_ : !first_byte_[static_cast<unsigned char>(word[0])]) {
      return nullptr;
    }
    uint64_t h = Hash(word);
    uint32_t tag = static_cast<uint32_t>(h >> 32) | 1;  // 0 marks an empty slot
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return nullptr;
      if (s.tag == tag && Matches(s.index, word)) return &entries_[s.index].info;
    }
  }
  size_t size() const { return keys_.size(); }

  // A fast hash of a short string: a few overlapping loads, no loop for
  // words under nine bytes.
  static uint64_t Hash(absl::string_view word) {
    const char* p = word.data();
    size_t n = word.size();
    uint64_t h = (n + 1) * 0x9E3779B97F4A7C15ull;
    uint64_t x;
    if (n > 8) {
      for (size_t k = 0; k + 8 < n; k += 8) {
        std::memcpy(&x, p + k, 8);
        h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
      }
      std::memcpy(&x, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      x = lo | (static_cast<uint64_t>(hi) << 32);
    } else if (n > 0) {
      auto byte = [p](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
      x = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
    } else {
      x = 0;
    }
    h = (h ^ x) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = 0;
  };
  // An entry keeps a short key beside its info: a lookup reads one slot and
  // one entry. Longer keys are compared from keys_.
  static constexpr size_t kInlineKey = 20;
  struct Entry {
    WordInfo info;
    uint32_t len = 0;
    char key[kInlineKey] = {};
  };
  bool Matches(uint32_t index, absl::string_view word) const {
    const Entry& e = entries_[index];
    if (e.len != word.size()) return false;
    if (e.len <= kInlineKey) return std::memcmp(e.key, word.data(), e.len) == 0;
    return keys_[index] == word;
  }
  void Rehash(size_t capacity);

  std::vector<std::string> keys_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  bool first_byte_[256] = {};  // some key starts with this byte
  bool has_empty_ = false;
};

struct Lexicons {
  // Lowercase single-word form ("said") -> class.
  absl::flat_hash_map<std::string, CueClass> reporting_verbs;
  // Abbreviations without their final period ("Mr", "U.S"): titles never end
  // a sentence; the others may.
  absl::flat_hash_set<std::string> title_abbreviations;
  absl::flat_hash_set<std::string> other_abbreviations;
  // Titles and roles before a name, lowercase ("president", "secretary of state").
  absl::flat_hash_set<std::string> titles;
  size_t max_title_words = 1;
  // Lowercase nouns that can head a speaker phrase ("officials", "spokesman").
  absl::flat_hash_set<std::string> speaker_nouns;
  // The speaker nouns marked "body" (a body, group or document, not a person).
  absl::flat_hash_set<std::string> body_nouns;
  // Capitalised words marking a name as an organisation ("Ministry").
  absl::flat_hash_set<std::string> organisation_words;
  // Places as written ("Ukraine", "United States").
  absl::flat_hash_set<std::string> places;
  size_t max_place_words = 1;
  absl::flat_hash_map<std::string, PronounKind> pronouns;
  // Lowercase nouns whose "that" clause is reported content ("fears that")
  // and adjectives that report their subject's belief after "be" ("is
  // worried that"): stance_words.tsv.
  absl::flat_hash_set<std::string> stance_nouns;
  absl::flat_hash_set<std::string> stance_adjectives;
  // Lowercase words that label a line before a colon ("Question:",
  // "Update:"), not a speaker: labels.txt.
  absl::flat_hash_set<std::string> labels;
  // Capitalised adjectives of a kind of people ("Democratic", "Senior"):
  // kind_adjectives.txt.
  absl::flat_hash_set<std::string> kind_adjectives;
  // Those marked "party" there: a party's words ("Democratic", "Tories"),
  // which end no person's name.
  absl::flat_hash_set<std::string> party_words;
  // Lowercase evidence phrases ("supported by") with their polarity.
  std::vector<std::pair<std::string, Polarity>> evidence;
  // Given names as written -> 1 (male) or 2 (female): first_names.tsv.
  absl::flat_hash_map<std::string, int> first_name_gender;
  // Lowercase words asserting falsity inside a claim ("hoax").
  std::vector<std::string> falsity_words;
  // The members of the closed word classes (word_classes.tsv): a flag of
  // WordFlag, set on the word always or only when it is capitalised.
  struct ClassWord {
    uint64_t flag = 0;
    bool capitalized = false;
    std::string word;
  };
  std::vector<ClassWord> class_words;
  // The members of each word set (word_sets.tsv), as written.
  absl::flat_hash_set<std::string> word_sets[static_cast<int>(WordSet::kCount)];
  // Per set, the lengths (bit min(size, 63)) and first bytes (bit byte % 64)
  // of its members: most words asked about are in no set, and these two bits
  // turn them away before the hash.
  struct SetFilter {
    uint64_t lengths = 0;
    uint64_t firsts = 0;
  };
  SetFilter set_filters[static_cast<int>(WordSet::kCount)];
  void AddToSet(WordSet set, absl::string_view word) {
    const int s = static_cast<int>(set);
    word_sets[s].insert(std::string(word));
    set_filters[s].lengths |= uint64_t{1} << std::min<size_t>(word.size(), 63);
    if (!word.empty()) set_filters[s].firsts |= uint64_t{1} << (static_cast<unsigned char>(word[0]) % 64);
  }
  bool InSet(WordSet set, absl::string_view word) const {
    const int s = static_cast<int>(set);
    const SetFilter& f = set_filters[s];
    if (!((f.lengths >> std::min<size_t>(word.size(), 63)) & 1)) return false;
    if (!word.empty() && !((f.firsts >> (static_cast<unsigned char>(word[0]) % 64)) & 1)) return false;
    return word_sets[s].contains(word);
  }
  // Whether `word` starts with a member of the set (a set of stems).
  bool StartsWithSetMember(WordSet set, absl::string_view word) const {
    for (const std::string& stem : word_sets[static_cast<int>(set)]) {
      if (absl::StartsWith(word, stem)) return true;
    }
    return false;
  }

  // Multi-word phrases split into words, indexed by their first word, so a
  // text is matched against all of them in one pass (built by LoadLexicons).
  struct Phrase {
    std::vector<std::string> words;
    Polarity polarity = Polarity::kSupports;
  };
  absl::flat_hash_map<std::string, std::vector<Phrase>> evidence_by_first;
  // First words of titles (lowercase) and places (as written): a cheap test
  // before looking up a multi-word name.
  absl::flat_hash_set<std::string> title_first_words;
  absl::flat_hash_set<std::string> place_first_words;
  // Lowercase word -> flags and cue class (built by LoadLexicons).
  WordTable word_info;
  absl::flat_hash_map<std::string, std::vector<Phrase>> falsity_by_first;

  CueClass VerbClass(absl::string_view lower) const {
    auto it = reporting_verbs.find(lower);
    return it == reporting_verbs.end() ? CueClass::kNone : it->second;
  }
};

// Loads the built-in lexicons plus the files found in `extra_dirs`.
absl::StatusOr<Lexicons> LoadLexicons(const std::vector<std::string>& extra_dirs);

// The built-in lexicons alone; loaded once, never fails after the first call
// succeeded (the data is compiled in and covered by tests).
const Lexicons& BuiltinLexicons();

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICON_H_
