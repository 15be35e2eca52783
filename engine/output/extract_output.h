// Writes what the extractors found in a document: `extract --format=jsonl`
// (one JSON object per item, the contract in README.md) and `--format=text`
// (each sentence with its quotes, speakers and claims, for an editor).
#ifndef CLAIMCHECK_ENGINE_OUTPUT_EXTRACT_OUTPUT_H_
#define CLAIMCHECK_ENGINE_OUTPUT_EXTRACT_OUTPUT_H_

#include <string>

#include "extractors/analysis.h"
#include "extractors/document.h"

namespace claimcheck {

// Appends JSONL items for `doc` to *out.
void WriteExtractJsonl(const Document& doc, const Analysis& a, std::string* out);
// Appends the readable view of `doc` to *out.
void WriteExtractText(const Document& doc, const Analysis& a, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_OUTPUT_EXTRACT_OUTPUT_H_
