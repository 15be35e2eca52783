// Writes findings as JSONL: one object per finding, the contract in
// README.md (the other formats are in engine/formats.h).
#ifndef CLAIMCHECK_ENGINE_OUTPUT_CHECK_OUTPUT_H_
#define CLAIMCHECK_ENGINE_OUTPUT_CHECK_OUTPUT_H_

#include <string>
#include <vector>

#include "engine/rules/rule.h"
#include "extractors/analysis.h"
#include "extractors/document.h"

namespace claimcheck {

void WriteFindingsJsonl(const Document& doc, const std::vector<Finding>& findings, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_OUTPUT_CHECK_OUTPUT_H_
