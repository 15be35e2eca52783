#include "extractors/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "extractors/embedded.h"
#include "extractors/tokens.h"

namespace claimcheck {

// Defined in the generated embedded_lexicons.cc.
absl::Span<const EmbeddedFile> EmbeddedLexicons();

const char* CueClassName(CueClass c) {
  switch (c) {
    case CueClass::kNone:
      return "none";
    case CueClass::kNeutral:
      return "neutral";
    case CueClass::kLoaded:
      return "loaded";
    case CueClass::kDenial:
      return "denial";
    case CueClass::kWarning:
      return "warning";
    case CueClass::kBelief:
      return "belief";
    case CueClass::kAttitude:
      return "attitude";
  }
  return "none";
}

bool ParseCueClass(absl::string_view name, CueClass* out) {
  for (CueClass c : {CueClass::kNeutral, CueClass::kLoaded, CueClass::kDenial, CueClass::kWarning,
                     CueClass::kBelief, CueClass::kAttitude}) {
    if (name == CueClassName(c)) {
      *out = c;
      return true;
    }
  }
  return false;
}

const char* PolarityName(Polarity p) { return p == Polarity::kSupports ? "supports" : "contradicts"; }

void WordTable::Rehash(size_t capacity) {
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    uint64_t h = Hash(keys_[k]);
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32) | 1, k};
  }
}

WordInfo& WordTable::operator[](absl::string_view word) {
  if (const WordInfo* found = Find(word)) return const_cast<WordInfo&>(*found);
  keys_.emplace_back(word);
  Entry e;
  e.len = static_cast<uint32_t>(word.size());
  if (word.size() <= kInlineKey) std::memcpy(e.key, word.data(), word.size());
  entries_.push_back(e);
  if (word.empty())
    has_empty_ = true;
  else
    first_byte_[static_cast<unsigned char>(word[0])] = true;
  // At most half full: probes stay short, misses end fast.
  if (keys_.size() * 2 > slots_.size()) {
    Rehash(std::max<size_t>(64, slots_.size() * 2));
  } else {
    uint64_t h = Hash(word);
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32) | 1, static_cast<uint32_t>(keys_.size() - 1)};
  }
  return entries_.back().info;
}

namespace {

size_t WordCount(absl::string_view s) {
  return std::vector<absl::string_view>(absl::StrSplit(s, ' ', absl::SkipEmpty())).size();
}

// The first entry line of a --lexicons file that replaces the built-in one.
constexpr absl::string_view kReplaceLine = "%replace";

absl::Status Bad(absl::string_view file, int line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", what));
}

// The closed classes word_classes.tsv may name: each is a flag the
// extractors test, set on the word always or only when it is capitalised.
struct ClassName {
  absl::string_view name;
  uint64_t flag;
  bool capitalized;
};
constexpr ClassName kClasses[] = {
    {"month", kFlagMonth, true},
    {"weekday", kFlagWeekday, true},
    {"vague_quantity", kFlagVagueQuantity, false},
    {"agentless", kFlagAgentless, false},
    {"determiner", kFlagDeterminer, false},
    {"possessive_pronoun", kFlagPossessivePronoun, false},
    {"auxiliary", kFlagAuxiliary, false},
    {"be", kFlagBe, false},
    {"adverb", kFlagAdverb, false},
    {"preposition", kFlagPreposition, false},
    {"subordinator", kFlagSubordinator, false},
    {"function_word", kFlagFunctionWord, false},
    {"quantity_head", kFlagQuantityHead, false},
    {"strong_verb", kFlagStrongVerb, false},
    {"claim_object", kFlagClaimObject, false},
    {"noun_determiner", kFlagNounDeterminer, false},
    {"name_joiner", kFlagNameJoiner, false},
    {"anaphoric_head", kFlagAnaphoricHead, false},
    {"takes_addressee", kFlagTakesAddressee, false},
    {"propositional_object", kFlagPropositionalObject, false},
    {"question_word", kFlagQuestionWord, false},
    {"conditional", kFlagConditional, false},
    {"magnitude", kFlagMagnitude, false},
    {"number_word", kFlagNumberWord, false},
    {"object_word", kFlagObjectWord, false},
    {"irregular_past", kFlagIrregularPast, false},
    {"first_person_singular", kFlagFirstPersonSingular, false},
    {"whether", kFlagWhether, false},
    {"finite_auxiliary", kFlagFiniteAuxiliary, false},
    {"person_kind", kFlagPersonKind, false},
    {"naming_word", kFlagNamingWord, false},
    {"titled_noun", kFlagTitledNoun, false},
    {"title_minor_word", kFlagTitleMinorWord, false},
};

// The word sets word_sets.tsv may name.
struct SetName {
  absl::string_view name;
  WordSet set;
};
constexpr SetName kSets[] = {
    {"post_nominal", WordSet::kPostNominal},
    {"indefinite_pronoun", WordSet::kIndefinitePronoun},
    {"object_to_verb", WordSet::kObjectToVerb},
    {"group_part", WordSet::kGroupPart},
    {"time_before_name", WordSet::kTimeBeforeName},
    {"time_after_cue", WordSet::kTimeAfterCue},
    {"posted_thing", WordSet::kPostedThing},
    {"time_span", WordSet::kTimeSpan},
    {"leading_adverb", WordSet::kLeadingAdverb},
    {"back_verb", WordSet::kBackVerb},
    {"rule_noun", WordSet::kRuleNoun},
    {"discourse_noun", WordSet::kDiscourseNoun},
    {"showing_verb", WordSet::kShowingVerb},
    {"issuing_verb", WordSet::kIssuingVerb},
    {"reporting_work", WordSet::kReportingWork},
    {"not_possessor", WordSet::kNotPossessor},
    {"title_prefix", WordSet::kTitlePrefix},
    {"bare_nationality", WordSet::kBareNationality},
    {"firm_noun", WordSet::kFirmNoun},
    {"firm_role_noun", WordSet::kFirmRoleNoun},
    {"relation", WordSet::kRelation},
    {"circle_noun", WordSet::kCircleNoun},
    {"population_noun", WordSet::kPopulationNoun},
    {"shown_thing", WordSet::kShownThing},
    {"mention_verb", WordSet::kMentionVerb},
    {"saying_noun", WordSet::kSayingNoun},
    {"naming_noun", WordSet::kNamingNoun},
    {"by_verb", WordSet::kByVerb},
    {"catenative_verb", WordSet::kCatenativeVerb},
    {"to_adjective", WordSet::kToAdjective},
    {"clause_only_verb", WordSet::kClauseOnlyVerb},
    {"document_noun", WordSet::kDocumentNoun},
    {"stance_copula", WordSet::kStanceCopula},
    {"speech_noun", WordSet::kSpeechNoun},
    {"audience_noun", WordSet::kAudienceNoun},
    {"told_thing", WordSet::kToldThing},
    {"noun_first", WordSet::kNounFirst},
    {"refused_thing", WordSet::kRefusedThing},
    {"turned_down_thing", WordSet::kTurnedDownThing},
    {"approved_thing", WordSet::kApprovedThing},
    {"adjunct_preposition", WordSet::kAdjunctPreposition},
    {"legal_filing", WordSet::kLegalFiling},
    {"sue_verb", WordSet::kSueVerb},
    {"event_noun", WordSet::kEventNoun},
    {"view_noun", WordSet::kViewNoun},
    {"sentence_starter", WordSet::kSentenceStarter},
    {"record_source", WordSet::kRecordSource},
    {"adverb_degree_word", WordSet::kAdverbDegreeWord},
    {"belief_participle", WordSet::kBeliefParticiple},
    {"leading_verb", WordSet::kLeadingVerb},
    {"name_suffix", WordSet::kNameSuffix},
    {"relay_verb", WordSet::kRelayVerb},
    {"aide_noun", WordSet::kAideNoun},
    {"loyalty_adjective", WordSet::kLoyaltyAdjective},
    {"closeness_adjective", WordSet::kClosenessAdjective},
    {"insider_participle", WordSet::kInsiderParticiple},
    {"quantifier_subject", WordSet::kQuantifierSubject},
    {"quantity_phrase_word", WordSet::kQuantityPhraseWord},
    {"obtaining_participle", WordSet::kObtainingParticiple},
    {"superlative_degree", WordSet::kSuperlativeDegree},
    {"questioned_participle", WordSet::kQuestionedParticiple},
    {"speaking_participle", WordSet::kSpeakingParticiple},
    {"emphatic_reflexive", WordSet::kEmphaticReflexive},
    {"member_aside_opener", WordSet::kMemberAsideOpener},
    {"likeness_preposition", WordSet::kLikenessPreposition},
    {"speaker_postmodifier", WordSet::kSpeakerPostmodifier},
    {"part_of_day", WordSet::kPartOfDay},
    {"evidence_verb", WordSet::kEvidenceVerb},
    {"text_making_verb", WordSet::kTextMakingVerb},
    {"posting_verb", WordSet::kPostingVerb},
    {"currency_sign", WordSet::kCurrencySign},
    {"time_span_end", WordSet::kTimeSpanEnd},
    {"time_phrase_opener", WordSet::kTimePhraseOpener},
    {"time_unit_noun", WordSet::kTimeUnitNoun},
    {"certainty_adjective", WordSet::kCertaintyAdjective},
    {"statement_adjective", WordSet::kStatementAdjective},
    {"calling_verb", WordSet::kCallingVerb},
    {"conviction_adjective", WordSet::kConvictionAdjective},
    {"here_is_contraction", WordSet::kHereIsContraction},
    {"presence_word", WordSet::kPresenceWord},
    {"unnamed_person_word", WordSet::kUnnamedPersonWord},
    {"inclusion_word", WordSet::kInclusionWord},
    {"went_on_verb", WordSet::kWentOnVerb},
    {"relayed_saying_participle", WordSet::kRelayedSayingParticiple},
    {"generic_sayer", WordSet::kGenericSayer},
    {"say_idiom_form", WordSet::kSayIdiomForm},
    {"hope_noun", WordSet::kHopeNoun},
    {"view_verb", WordSet::kViewVerb},
    {"aim_word", WordSet::kAimWord},
    {"negating_adverb", WordSet::kNegatingAdverb},
    {"saying_participle", WordSet::kSayingParticiple},
    {"possibility_modal", WordSet::kPossibilityModal},
    {"idiom_particle", WordSet::kIdiomParticle},
    {"schedule_word", WordSet::kScheduleWord},
    {"telling_participle", WordSet::kTellingParticiple},
    {"addressing_participle", WordSet::kAddressingParticiple},
    {"revealing_participle", WordSet::kRevealingParticiple},
    {"forecast_participle", WordSet::kForecastParticiple},
    {"hearsay_participle", WordSet::kHearsayParticiple},
    {"portrayal_participle", WordSet::kPortrayalParticiple},
    {"call_form", WordSet::kCallForm},
    {"put_form", WordSet::kPutForm},
    {"point_form", WordSet::kPointForm},
    {"participle_degree_word", WordSet::kParticipleDegreeWord},
    {"tale_noun", WordSet::kTaleNoun},
    {"say_form", WordSet::kSayForm},
    {"approximator_adverb", WordSet::kApproximatorAdverb},
    {"scant_quantity", WordSet::kScantQuantity},
    {"premodifier_adjective", WordSet::kPremodifierAdjective},
    {"dismissal_particle", WordSet::kDismissalParticle},
    {"null_pronoun", WordSet::kNullPronoun},
    {"physical_sense_marker", WordSet::kPhysicalSenseMarker},
    {"physical_direction", WordSet::kPhysicalDirection},
    {"claim_noun", WordSet::kClaimNoun},
    {"degree_modifier", WordSet::kDegreeModifier},
    {"make_verb", WordSet::kMakeVerb},
    {"made_argument_noun", WordSet::kMadeArgumentNoun},
    {"exception_adverb", WordSet::kExceptionAdverb},
    {"quoting_verb", WordSet::kQuotingVerb},
    {"show_verb", WordSet::kShowVerb},
    {"relative_or_quantifier", WordSet::kRelativeOrQuantifier},
    {"office_modifier", WordSet::kOfficeModifier},
    {"unisex_man_title", WordSet::kUnisexManTitle},
    {"continuing_verb", WordSet::kContinuingVerb},
    {"ask_verb", WordSet::kAskVerb},
    {"pre_title_word", WordSet::kPreTitleWord},
    {"female_honorific", WordSet::kFemaleHonorific},
    {"demonym_lookalike", WordSet::kDemonymLookalike},
    {"demonym_noun", WordSet::kDemonymNoun},
    {"close_to_adjective", WordSet::kCloseToAdjective},
    {"adversary_noun", WordSet::kAdversaryNoun},
    {"country_abbreviation", WordSet::kCountryAbbreviation},
    {"generic_media_word", WordSet::kGenericMediaWord},
    {"write_particle", WordSet::kWriteParticle},
    {"complementizer_or_particle", WordSet::kComplementizerOrParticle},
    {"request_verb", WordSet::kRequestVerb},
    {"cue_irregular_past", WordSet::kCueIrregularPast},
    {"say_tell_past", WordSet::kSayTellPast},
    {"authority_noun", WordSet::kAuthorityNoun},
    {"relative_period_noun", WordSet::kRelativePeriodNoun},
    {"object_pronoun", WordSet::kObjectPronoun},
    {"sign_quantifier", WordSet::kSignQuantifier},
    {"sign_noun", WordSet::kSignNoun},
    {"withheld_thing", WordSet::kWithheldThing},
    {"question_noun", WordSet::kQuestionNoun},
    {"refusal_verb", WordSet::kRefusalVerb},
    {"intent_word", WordSet::kIntentWord},
    {"report_verb", WordSet::kReportVerb},
    {"stock_phrase_modifier", WordSet::kStockPhraseModifier},
    {"asking_word", WordSet::kAskingWord},
    {"naming_adverb", WordSet::kNamingAdverb},
    {"call_present_verb", WordSet::kCallPresentVerb},
    {"generic_people_word", WordSet::kGenericPeopleWord},
    {"comparison_word", WordSet::kComparisonWord},
    {"survey_finding_verb", WordSet::kSurveyFindingVerb},
    {"blame_verb", WordSet::kBlameVerb},
    {"sentence_connective", WordSet::kSentenceConnective},
    {"appearance_participle", WordSet::kAppearanceParticiple},
    {"but_giving_verb", WordSet::kButGivingVerb},
    {"spread_word", WordSet::kSpreadWord},
    {"persistence_verb", WordSet::kPersistenceVerb},
    {"that_copula", WordSet::kThatCopula},
    {"supposition_participle", WordSet::kSuppositionParticiple},
    {"interviewing_verb", WordSet::kInterviewingVerb},
    {"negation_word", WordSet::kNegationWord},
    {"evidence_finding_verb", WordSet::kEvidenceFindingVerb},
    {"evidence_stating_verb", WordSet::kEvidenceStatingVerb},
    {"currency_symbol", WordSet::kCurrencySymbol},
    {"fraction_word", WordSet::kFractionWord},
    {"clock_suffix", WordSet::kClockSuffix},
    {"number_suffix", WordSet::kNumberSuffix},
    {"numeral_only_magnitude", WordSet::kNumeralOnlyMagnitude},
    {"female_noun", WordSet::kFemaleNoun},
    {"male_noun", WordSet::kMaleNoun},
    {"wish_stem", WordSet::kWishStem},
};

// The entry of `table` (ClassName or SetName) named `name` into *out, or an
// error naming the file, the line and the names there are.
template <typename T>
absl::Status FindNamed(absl::Span<const T> table, absl::string_view name, absl::string_view what,
                       absl::string_view file, int line_no, const T** out) {
  std::vector<absl::string_view> names;
  for (const T& entry : table) {
    if (entry.name == name) {
      *out = &entry;
      return absl::OkStatus();
    }
    names.push_back(entry.name);
  }
  return Bad(
      file, line_no,
      absl::StrCat("unknown ", what, " '", name, "' (expected one of ", absl::StrJoin(names, ", "), ")"));
}

// Adds the entries of one lexicon file. `file` names it in errors.
absl::Status AddFile(absl::string_view name, absl::string_view file, absl::string_view data, Lexicons* lex) {
  int line_no = 0;
  bool first_entry = true;
  for (absl::string_view raw : absl::StrSplit(data, '\n')) {
    ++line_no;
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line == kReplaceLine) {
      if (!first_entry) {
        return Bad(file, line_no, absl::StrCat(kReplaceLine, " must come before the file's first entry"));
      }
      first_entry = false;
      continue;
    }
    first_entry = false;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    for (auto& x : f) x = absl::StripAsciiWhitespace(x);
    auto need = [&](size_t n) -> absl::Status {
      if (f.size() != n) {
        return Bad(file, line_no,
                   absl::StrCat("expected ", n, " tab-separated fields, found ", f.size(), ": '", line, "'"));
      }
      return absl::OkStatus();
    };
    if (name == "word_classes.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      const ClassName* cls = nullptr;
      if (auto st = FindNamed(absl::MakeConstSpan(kClasses), f[0], "word class", file, line_no, &cls);
          !st.ok()) {
        return st;
      }
      lex->class_words.push_back({cls->flag, cls->capitalized, absl::AsciiStrToLower(f[1])});
    } else if (name == "word_sets.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      const SetName* set = nullptr;
      if (auto st = FindNamed(absl::MakeConstSpan(kSets), f[0], "word set", file, line_no, &set); !st.ok()) {
        return st;
      }
      lex->AddToSet(set->set, f[1]);
    } else if (name == "reporting_verbs.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      CueClass c;
      if (!ParseCueClass(f[0], &c)) {
        return Bad(file, line_no,
                   absl::StrCat("unknown class '", f[0],
                                "' (expected neutral, loaded, denial, warning, belief or attitude)"));
      }
      std::string form = absl::AsciiStrToLower(f[1]);
      auto [it, inserted] = lex->reporting_verbs.emplace(form, c);
      if (!inserted && it->second != c) {
        return Bad(file, line_no,
                   absl::StrCat("'", form, "' is already listed as ", CueClassName(it->second),
                                "; a form has one class"));
      }
    } else if (name == "abbreviations.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      std::string a(absl::StripSuffix(f[1], "."));
      if (f[0] == "title") {
        lex->title_abbreviations.insert(a);
      } else if (f[0] == "other") {
        lex->other_abbreviations.insert(a);
      } else {
        return Bad(file, line_no, absl::StrCat("unknown kind '", f[0], "' (expected title or other)"));
      }
    } else if (name == "pronouns.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      PronounKind k;
      if (f[0] == "person")
        k = PronounKind::kPerson;
      else if (f[0] == "group")
        k = PronounKind::kGroup;
      else if (f[0] == "self")
        k = PronounKind::kSelf;
      else if (f[0] == "thing")
        k = PronounKind::kThing;
      else
        return Bad(file, line_no, absl::StrCat("unknown pronoun kind '", f[0], "'"));
      lex->pronouns[absl::AsciiStrToLower(f[1])] = k;
    } else if (name == "stance_words.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      std::string w = absl::AsciiStrToLower(f[1]);
      if (f[0] == "noun")
        lex->stance_nouns.insert(w);
      else if (f[0] == "adjective")
        lex->stance_adjectives.insert(w);
      else
        return Bad(file, line_no, absl::StrCat("unknown kind '", f[0], "' (expected noun or adjective)"));
    } else if (name == "first_names.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      int g = f[0] == "male" ? 1 : f[0] == "female" ? 2 : 0;
      if (g == 0) {
        return Bad(file, line_no, absl::StrCat("unknown gender '", f[0], "' (expected male or female)"));
      }
      auto [it, inserted] = lex->first_name_gender.emplace(std::string(f[1]), g);
      if (!inserted && it->second != g) {
        return Bad(file, line_no, absl::StrCat("'", f[1], "' is listed as both male and female"));
      }
    } else if (name == "evidence.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      Polarity p;
      if (f[0] == "supports")
        p = Polarity::kSupports;
      else if (f[0] == "contradicts")
        p = Polarity::kContradicts;
      else
        return Bad(file, line_no,
                   absl::StrCat("unknown polarity '", f[0], "' (expected supports or contradicts)"));
      lex->evidence.emplace_back(absl::AsciiStrToLower(f[1]), p);
    } else {
      // speaker_nouns.txt may mark a word with a second field ("body"),
      // kind_adjectives.txt with "party".
      if ((name != "speaker_nouns.txt" && name != "kind_adjectives.txt") || f.size() != 2) {
        if (auto s = need(1); !s.ok()) return s;
      }
      std::string v(f[0]);
      if (name == "titles.txt") {
        std::string l = absl::AsciiStrToLower(v);
        lex->max_title_words = std::max(lex->max_title_words, WordCount(l));
        lex->titles.insert(std::move(l));
      } else if (name == "speaker_nouns.txt") {
        std::string w = absl::AsciiStrToLower(v);
        if (f.size() > 1) {
          if (f[1] != "body") {
            return Bad(file, line_no, absl::StrCat("unknown mark '", f[1], "' (expected body)"));
          }
          lex->body_nouns.insert(w);
        }
        lex->speaker_nouns.insert(std::move(w));
      } else if (name == "organisation_words.txt") {
        lex->organisation_words.insert(v);
      } else if (name == "places.txt") {
        lex->max_place_words = std::max(lex->max_place_words, WordCount(v));
        lex->places.insert(v);
      } else if (name == "kind_adjectives.txt") {
        if (f.size() > 1) {
          if (f[1] != "party") {
            return Bad(file, line_no, absl::StrCat("unknown mark '", f[1], "' (expected party)"));
          }
          lex->party_words.insert(v);
        }
        lex->kind_adjectives.insert(v);
      } else if (name == "labels.txt") {
        lex->labels.insert(absl::AsciiStrToLower(v));
      } else if (name == "falsity_words.txt") {
        lex->falsity_words.push_back(absl::AsciiStrToLower(v));
      }
    }
  }
  return absl::OkStatus();
}

// The first token of a lexicon entry as the tokenizer sees it in running
// text ("Gov." -> "Gov", "U.S. attorney" -> "U.S"), so a test on one token
// rules an entry out exactly.
std::string FirstToken(absl::string_view entry) {
  std::string lower = AsciiLower(entry);
  std::vector<Token> toks = Tokenize(entry, lower, {0, entry.size()});
  return toks.empty() ? std::string(entry) : std::string(toks[0].text);
}

// Lowercase word -> every flag, cue class and pronoun kind (one lookup per
// token at analysis time).
void BuildWordInfo(Lexicons* lex) {
  auto& t = lex->word_info;
  auto flag = [&t](absl::string_view w, uint64_t f) { t[absl::AsciiStrToLower(w)].flags |= f; };
  for (const Lexicons::ClassWord& cw : lex->class_words) {
    if (cw.capitalized) {
      t[cw.word].capitalized_flags |= cw.flag;
    } else {
      flag(cw.word, cw.flag);
    }
  }
  for (const auto& [form, cls] : lex->reporting_verbs) t[form].cue_class = static_cast<uint8_t>(cls);
  for (const auto& [form, kind] : lex->pronouns) {
    WordInfo& info = t[form];
    info.flags |= kFlagPronoun;
    info.pronoun = static_cast<uint8_t>(kind) + 1;
  }
  for (const std::string& w : lex->speaker_nouns) flag(w, kFlagSpeakerNoun);
  for (const std::string& w : lex->body_nouns) flag(w, kFlagBodyNoun);
  for (const std::string& w : lex->stance_nouns) flag(w, kFlagStanceNoun);
  for (const std::string& w : lex->stance_adjectives) flag(w, kFlagStanceAdjective);
  for (const std::string& w : lex->titles) {
    if (w.find(' ') == std::string::npos) flag(w, kFlagTitle);
  }
  for (const std::string& w : lex->title_first_words) flag(w, kFlagTitleFirst);
  for (const std::string& w : lex->title_abbreviations) flag(w, kFlagMaybeTitleAbbreviation);
  for (const std::string& w : lex->place_first_words) flag(w, kFlagMaybePlaceFirst);
  for (const std::string& w : lex->organisation_words) {
    // The possessive too: "the Ministry’s statement".
    for (absl::string_view suffix : {"", "’s", "'s"}) {
      flag(absl::StrCat(w, suffix), kFlagMaybeOrganisationWord);
    }
  }
  auto phrase_flags = [&](const absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>& index,
                          uint64_t first_flag, uint64_t second_flag, uint64_t alone_flag) {
    for (const auto& [first, phrases] : index) {
      flag(first, first_flag);
      for (const Lexicons::Phrase& p : phrases) {
        if (p.words.size() == 1)
          flag(first, alone_flag);
        else
          flag(p.words[1], second_flag);
      }
    }
  };
  phrase_flags(lex->evidence_by_first, kFlagEvidenceFirst, kFlagEvidenceSecond, kFlagEvidenceAlone);
  phrase_flags(lex->falsity_by_first, kFlagFalsityFirst, kFlagFalsitySecond, kFlagFalsityAlone);
}

// Whether a lexicon file's first entry line is "%replace": it replaces the
// built-in file of its name (and what earlier directories added) instead
// of adding to it.
bool Replaces(absl::string_view data) {
  for (absl::string_view raw : absl::StrSplit(data, '\n')) {
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    return line == kReplaceLine;
  }
  return false;
}

}  // namespace

absl::StatusOr<Lexicons> LoadLexicons(const std::vector<std::string>& extra_dirs) {
  Lexicons lex;
  // Each file name's parts, in the order they apply: (path, data).
  std::vector<std::vector<std::pair<std::string, std::string>>> parts;
  absl::Span<const EmbeddedFile> builtin = EmbeddedLexicons();
  for (const EmbeddedFile& f : builtin) {
    parts.push_back({{absl::StrCat("<built-in>/lexicons/", f.name), std::string(f.data)}});
  }
  for (const std::string& dir : extra_dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return absl::InvalidArgumentError(
          absl::StrCat(dir, std::filesystem::exists(dir, ec) ? ": not a directory" : ": no such directory",
                       " (--lexicons takes a directory of files named like the built-in ones, e.g. "
                       "reporting_verbs.tsv)"));
    }
    bool any = false;
    for (size_t k = 0; k < builtin.size(); ++k) {
      std::string path = absl::StrCat(dir, "/", builtin[k].name);
      std::ifstream in(path, std::ios::binary);
      if (!in) continue;
      any = true;
      std::stringstream ss;
      ss << in.rdbuf();
      if (Replaces(ss.str())) parts[k].clear();
      parts[k].emplace_back(path, ss.str());
    }
    if (!any) {
      return absl::NotFoundError(absl::StrCat(dir,
                                              ": no lexicon files found (expected files named like the "
                                              "built-in ones, e.g. reporting_verbs.tsv)"));
    }
  }
  for (size_t k = 0; k < builtin.size(); ++k) {
    for (const auto& [path, data] : parts[k]) {
      absl::Status s = AddFile(builtin[k].name, path, data, &lex);
      // The built-in lists are compiled in and tested: an error there is a broken build.
      if (!s.ok()) return absl::StartsWith(path, "<built-in>") ? absl::InternalError(s.message()) : s;
    }
  }
  auto index = [](const std::string& phrase, Polarity p,
                  absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>* out) {
    Lexicons::Phrase ph;
    ph.words = absl::StrSplit(phrase, ' ', absl::SkipEmpty());
    ph.polarity = p;
    if (ph.words.empty()) return;
    auto& list = (*out)[ph.words[0]];
    list.push_back(std::move(ph));
    // Longest first: the first match is the longest.
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  };
  for (const auto& [phrase, pol] : lex.evidence) index(phrase, pol, &lex.evidence_by_first);
  for (const std::string& w : lex.falsity_words) index(w, Polarity::kContradicts, &lex.falsity_by_first);
  for (const std::string& t : lex.titles) lex.title_first_words.insert(absl::AsciiStrToLower(FirstToken(t)));
  for (const std::string& p : lex.places) lex.place_first_words.insert(FirstToken(p));
  BuildWordInfo(&lex);
  return lex;
}

const Lexicons& BuiltinLexicons() {
  static const Lexicons* lex = [] {
    absl::StatusOr<Lexicons> l = LoadLexicons({});
    // The built-in lists are compiled in and tested: one that does not load
    // is a broken build, never a silent empty lexicon.
    if (!l.ok()) {
      std::fprintf(stderr, "claimcheck: the built-in lexicons do not load: %s\n",
                   std::string(l.status().message()).c_str());
      std::abort();
    }
    return new Lexicons(*std::move(l));
  }();
  return *lex;
}

}  // namespace claimcheck
