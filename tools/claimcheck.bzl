"""Bazel rules for checking articles with claimcheck in a build.

From claimcheck's own workspace, or from a newsroom's workspace that loads
it (see tools/repositories.bzl and testdata/newsroom):

    load("@claimcheck//tools:claimcheck.bzl", "claimcheck_test", "claimcheck_report")

    # A test that fails when findings reach `fail_on`, printing them.
    claimcheck_test(
        name = "stories_check",
        srcs = glob(["stories/*.md"]),
        rules = ["house_rules.yaml"],   # packs added to the built-in ones
        config = ".claimcheck.yaml",    # else no configuration file is read
        lexicons = glob(["lexicons/*"]),  # word lists added to the built-in ones
        fail_on = "warning",
    )

    # One report, corpus_report.sarif, as one run over srcs would write it:
    # checked in `shards` actions (each cached on its own, able to run
    # remotely; a stable hash of the path picks an input's shard, so adding
    # an article re-runs one shard), then merged. The shards themselves are
    # the output group "shards".
    claimcheck_report(
        name = "corpus_report",
        srcs = glob(["corpus/**/*.jsonl"]),
        shards = 8,
        format = "sarif",               # or jsonl
        min_severity = "warning",       # leave info findings out of the report
    )

Without `config`, both rules pass `--no-config`: a build reads only what it
declares, so its result cannot depend on a `.claimcheck.yaml` found outside
the sandbox. `lexicons` are files in one directory (`--lexicons=DIR`).
"""

# Labels resolved in claimcheck's repository, whichever workspace loads this.
_CLAIMCHECK = Label("//tools:claimcheck")
_RUNNER = Label("//tools:claimcheck_test.sh")

def claimcheck_test(name, srcs, rules = [], config = None, lexicons = [], fail_on = "error",
                    min_severity = "info", expect_findings = False, args = [], **kwargs):
    """A test running `claimcheck check` over srcs.

    Fails when a finding reaches `fail_on` (error, warning, info). With
    expect_findings = True it passes only when such findings exist: a check
    that the rules still catch what they should. `config` is a
    .claimcheck.yaml (else none is read); `lexicons` are word-list files of
    one directory, added to the built-in lists. `min_severity` hides (and
    does not gate on) findings below it.
    """
    cmd = [
        "1" if expect_findings else "0",
        "$(rootpath %s)" % _CLAIMCHECK,
        "check",
        "--config=$(rootpath %s)" % config if config else "--no-config",
        "--jobs=1",
        "--fail-on=" + fail_on,
        "--min-severity=" + min_severity,
    ]
    if lexicons:
        # (The runner turns a file of the directory into the directory.)
        cmd.append("--lexicons-of=$(rootpath %s)" % lexicons[0])
    cmd += ["--rules=$(rootpath %s)" % r for r in rules]
    cmd += args
    cmd += ["$(rootpaths %s)" % s for s in srcs]
    native.sh_test(
        name = name,
        srcs = [_RUNNER],
        args = cmd,
        data = srcs + rules + lexicons + ([config] if config else []) + [_CLAIMCHECK],
        **kwargs
    )

def _shard_of(f, shards):
    # A stable hash of the path (Starlark's string hash is Java's hashCode):
    # adding or removing an input changes only the shard it falls in.
    return hash(f.short_path) % shards

def _claimcheck_to_file(ctx, out, inputs, args, mnemonic, progress_message):
    # claimcheck with `args`, its standard output written to `out`.
    ctx.actions.run_shell(
        outputs = [out],
        inputs = inputs,
        tools = [ctx.executable._claimcheck],
        command = '"$1" "${@:3}" > "$2"',
        arguments = [ctx.executable._claimcheck.path, out.path, args],
        mnemonic = mnemonic,
        progress_message = progress_message,
    )

def _claimcheck_report_impl(ctx):
    files = ctx.files.srcs
    shards = max(1, ctx.attr.shards)
    ext = "sarif" if ctx.attr.format == "sarif" else "jsonl"
    shared_inputs = ctx.files.rules + ctx.files.lexicons + ([ctx.file.config] if ctx.file.config else [])

    # The flags every shard runs with.
    flags = [
        "check",
        "--config=" + ctx.file.config.path if ctx.file.config else "--no-config",
        "--fail-on=never",
        "--min-severity=" + ctx.attr.min_severity,
        "--jobs=1",
        "--format=" + ctx.attr.format,
    ]
    if ctx.files.lexicons:
        flags.append("--lexicons=" + ctx.files.lexicons[0].dirname)
    flags += ["--rules=" + r.path for r in ctx.files.rules]
    parts = [[] for _ in range(shards)]
    for f in files:
        parts[_shard_of(f, shards)].append(f)
    outputs = []
    for i in range(shards):
        part = parts[i]
        if not part:
            continue
        out = ctx.actions.declare_file("%s.shard-%d-of-%d.%s" % (ctx.label.name, i + 1, shards, ext))
        args = ctx.actions.args()
        args.add_all(flags)
        args.add_all(part)
        _claimcheck_to_file(ctx, out, part + shared_inputs, args, "ClaimcheckReport",
                            "claimcheck: shard %d of %d of %s" % (i + 1, shards, ctx.label))
        outputs.append(out)

    # The shards merged into the report of one run over srcs, in their order.
    order = ctx.actions.declare_file("%s.inputs.txt" % ctx.label.name)
    ctx.actions.write(order, "".join([f.path + "\n" for f in files]))
    merged = ctx.actions.declare_file("%s.%s" % (ctx.label.name, ext))
    merge_args = ctx.actions.args()
    merge_args.add_all(["merge", "--format=" + ctx.attr.format, "--inputs=" + order.path])
    merge_args.add_all(outputs)
    _claimcheck_to_file(ctx, merged, outputs + [order], merge_args, "ClaimcheckMerge",
                        "claimcheck: merging %d shards of %s" % (len(outputs), ctx.label))

    # The merged report is the target's file (and a runfile, so that a test
    # can read it through `data`); the shards are the output group "shards".
    return [
        DefaultInfo(files = depset([merged]), runfiles = ctx.runfiles(files = [merged])),
        OutputGroupInfo(shards = depset(outputs)),
    ]

claimcheck_report = rule(
    implementation = _claimcheck_report_impl,
    doc = ("Writes claimcheck findings for srcs as one SARIF or JSONL report (NAME.sarif or " +
           "NAME.jsonl), checked in up to `shards` cached actions (a stable hash of each path " +
           "picks its shard) and merged in the order of srcs."),
    attrs = {
        "srcs": attr.label_list(allow_files = True, mandatory = True),
        "rules": attr.label_list(allow_files = [".yaml", ".yml"]),
        "config": attr.label(allow_single_file = True),
        "lexicons": attr.label_list(allow_files = True),
        "shards": attr.int(default = 4),
        "min_severity": attr.string(default = "info", values = ["error", "warning", "info"]),
        "format": attr.string(default = "jsonl", values = ["jsonl", "sarif"]),
        "_claimcheck": attr.label(
            default = _CLAIMCHECK,
            executable = True,
            cfg = "exec",
        ),
    },
)
