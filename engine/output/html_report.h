// check --format=html: one self-contained page for editors, rendered on the
// server: it reads the same with JavaScript off (mail clients, CMS previews,
// print) as on. An overview (totals, charts of the corpus figures as inline
// SVG, a table of the articles), then each article titled by its headline
// with its findings, quotes and claims highlighted, each finding numbered
// in the text and explained in a table whose rows link to the highlight,
// and the article's quotes and claims with who says them. A severity filter
// works by CSS alone. No script, no external asset.
#ifndef CLAIMCHECK_ENGINE_OUTPUT_HTML_REPORT_H_
#define CLAIMCHECK_ENGINE_OUTPUT_HTML_REPORT_H_

#include <memory>

#include "engine/output/formats.h"

namespace claimcheck {

std::unique_ptr<OutputFormat> MakeHtmlReport();

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_OUTPUT_HTML_REPORT_H_
