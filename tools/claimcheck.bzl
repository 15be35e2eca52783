"""Bazel rules for checking articles with claimcheck in a build.

    load("//tools:claimcheck.bzl", "claimcheck_test", "claimcheck_report")

    # A test that fails when findings reach `fail_on`, printing them.
    claimcheck_test(
        name = "stories_check",
        srcs = glob(["stories/*.md"]),
        rules = ["house_rules.yaml"],   # packs added to the built-in ones
        fail_on = "warning",
    )

    # Reports as build outputs, in `shards` actions over the inputs: each
    # shard is cached on its own and can run remotely.
    claimcheck_report(
        name = "corpus_report",
        srcs = glob(["corpus/**/*.jsonl"]),
        shards = 8,
        format = "sarif",               # or jsonl
    )
"""

def claimcheck_test(name, srcs, rules = [], fail_on = "error", expect_findings = False, args = [], **kwargs):
    """A test running `claimcheck check` over srcs.

    Fails when a finding reaches `fail_on` (error, warning, info). With
    expect_findings = True it passes only when such findings exist: a check
    that the rules still catch what they should.
    """
    cmd = [
        "1" if expect_findings else "0",
        "$(rootpath //tools:claimcheck)",
        "check",
        "--no-config",
        "--jobs=1",
        "--fail-on=" + fail_on,
    ]
    cmd += ["--rules=$(rootpath %s)" % r for r in rules]
    cmd += args
    cmd += ["$(rootpaths %s)" % s for s in srcs]
    native.sh_test(
        name = name,
        srcs = ["//tools:claimcheck_test.sh"],
        args = cmd,
        data = srcs + rules + ["//tools:claimcheck"],
        **kwargs
    )

def _claimcheck_report_impl(ctx):
    files = ctx.files.srcs
    shards = max(1, min(ctx.attr.shards, len(files)))
    ext = "sarif" if ctx.attr.format == "sarif" else "jsonl"
    outputs = []
    for i in range(shards):
        part = [f for j, f in enumerate(files) if j % shards == i]
        out = ctx.actions.declare_file("%s.shard-%d-of-%d.%s" % (ctx.label.name, i + 1, shards, ext))
        args = ctx.actions.args()
        args.add("check")
        args.add("--no-config")
        args.add("--fail-on=never")
        args.add("--jobs=1")
        args.add("--format=" + ctx.attr.format)
        for r in ctx.files.rules:
            args.add("--rules=" + r.path)
        args.add_all(part)
        ctx.actions.run_shell(
            outputs = [out],
            inputs = part + ctx.files.rules,
            tools = [ctx.executable._claimcheck],
            command = '"$1" "${@:3}" > "$2"',
            arguments = [ctx.executable._claimcheck.path, out.path, args],
            mnemonic = "ClaimcheckReport",
            progress_message = "claimcheck: shard %d of %d of %s" % (i + 1, shards, ctx.label),
        )
        outputs.append(out)
    return [DefaultInfo(files = depset(outputs))]

claimcheck_report = rule(
    implementation = _claimcheck_report_impl,
    doc = "Writes claimcheck findings for srcs as SARIF or JSONL, in `shards` cached actions.",
    attrs = {
        "srcs": attr.label_list(allow_files = True, mandatory = True),
        "rules": attr.label_list(allow_files = [".yaml", ".yml"]),
        "shards": attr.int(default = 4),
        "format": attr.string(default = "jsonl", values = ["jsonl", "sarif"]),
        "_claimcheck": attr.label(
            default = "//tools:claimcheck",
            executable = True,
            cfg = "exec",
        ),
    },
)
