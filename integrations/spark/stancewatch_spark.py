#!/usr/bin/env python3
"""Runs stancewatch on Apache Spark: `extract` on every partition, then `merge` into one run folder.

    spark-submit [--master ...] stancewatch_spark.py INPUT --out DIR [--partitions N] [--binary PATH]
                 [--parts URI] [--input-name NAME] [--task-jobs N] [--keep-parts] [-- MERGE_OPTION...]

The run folder is the one `stancewatch analyze INPUT --no-db` writes for the same file (same CSV files, same
report): the lines are numbered in file order (zipWithIndex), cut into N contiguous slices in that order
(partition k holds lines [k*n/N, (k+1)*n/N)), each slice is piped through `stancewatch extract`, the outputs
are saved as text part files in partition order, and `stancewatch merge` folds them in that order.

The binary: with --binary PATH (a stancewatch built on the driver machine, its data folder
stancewatch_StanceLexicon.resources beside it) the driver ships both to the executors (SparkContext.addFile),
where they land side by side so the binary finds its data; without it, `stancewatch` must be on the workers'
PATH (installed with its resources folder beside it) and on the driver's. Exit code: merge's (0, or 1 when
records were rejected: see rejects.csv), 2 on an error.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import urllib.parse

RESOURCES = "stancewatch_StanceLexicon.resources"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines file (any path Spark reads: local, hdfs://, s3a://)")
    parser.add_argument("--out", required=True, help="run folder to write (on the driver machine)")
    parser.add_argument("--partitions", type=int, default=4, help="number of slices (default 4)")
    parser.add_argument("--binary", help="stancewatch on the driver machine, shipped to the executors (default: PATH)")
    parser.add_argument("--parts", help="where to save the part files (default: OUT.parts beside the output in "
                        "local mode; give an hdfs:// or s3a:// folder on a cluster). Must not exist.")
    parser.add_argument("--input-name", help="the input as the report names it (default: INPUT as given)")
    parser.add_argument("--task-jobs", type=int, help="threads per extract (default: spark.task.cpus)")
    parser.add_argument("--encoding", choices=["json", "codec"], default="json",
                        help="article lines of the parts: json (default) or codec (smaller, faster to merge)")
    parser.add_argument("--keep-parts", action="store_true", help="keep the part files after the merge")
    parser.epilog = "Options after -- go to stancewatch merge (--period, --top, --actors, --no-sentences, ...)."
    merge_options = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    args.merge_options = merge_options
    if args.partitions < 1:
        parser.error("--partitions must be at least 1")
    return args


def extract_command(input_name, jobs, encoding):
    """The executor side: runs `stancewatch extract` on one partition. This is what RDD.pipe does, except that
    the binary is located on the executor (where SparkFiles are), the environment is kept (RDD.pipe clears it),
    and exit status 1 (records rejected, listed in the output) counts as success."""

    def run(lines):
        from pyspark import SparkFiles

        # Shipped as an archive (--binary, or spark-submit --archives stancewatch.tar.gz#stancewatch): a folder
        # with the binary and its data folder side by side; else a binary on this worker's PATH.
        shipped = SparkFiles.get("stancewatch")
        if os.path.isdir(shipped):
            program = os.path.join(shipped, "stancewatch")
        else:
            program = shutil.which("stancewatch")
        if program is None:
            raise RuntimeError("stancewatch is neither shipped (--binary, --archives) nor on this worker's PATH")
        command = [program, "extract", "--input-name", input_name, "--jobs", str(jobs), "--encoding", encoding, "--quiet"]
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
                process.stdin.close()
            except Exception as error:  # a broken pipe: the exit status below says why
                failure.append(error)

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in process.stdout:
            yield out.rstrip(b"\n")
        writer.join()
        status = process.wait()
        if status not in (0, 1) or failure:
            raise RuntimeError(f"{' '.join(command)} exited with status {status} {failure or ''}")

    return run


def local_folder(uri):
    """The local path of a file: URI or plain path, or None for another file system."""
    parsed = urllib.parse.urlparse(uri)
    if parsed.scheme in ("", "file"):
        return parsed.path if parsed.scheme else uri
    return None


def main(argv):
    args = parse_arguments(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("stancewatch").getOrCreate()
    sc = spark.sparkContext
    local_mode = sc.master.startswith("local")

    merge_binary = args.binary or shutil.which("stancewatch")
    if merge_binary is None:
        sys.exit("stancewatch_spark: no stancewatch on the driver's PATH; give --binary")
    bundle = None
    if args.binary:
        resources = os.path.join(os.path.dirname(os.path.abspath(args.binary)), RESOURCES)
        if not os.path.isdir(resources):
            sys.exit(f"stancewatch_spark: {resources} is missing: the binary needs its data folder beside it")
        # One archive with the binary and its data folder, unpacked on every executor into SparkFiles/stancewatch/
        # (SparkContext.addFile cannot ship a local folder to a cluster).
        bundle = tempfile.mkdtemp(prefix="stancewatch-bundle-")
        archive = os.path.join(bundle, "stancewatch.tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
            tar.add(os.path.abspath(args.binary), arcname="stancewatch")
            tar.add(resources, arcname=RESOURCES)
        sc.addArchive(archive + "#stancewatch")
    task_jobs = args.task_jobs or int(sc.getConf().get("spark.task.cpus", "1"))
    input_name = args.input_name or args.input
    parts_uri = args.parts or os.path.abspath(args.out.rstrip("/")) + ".parts"
    if local_folder(parts_uri) is not None:
        if not local_mode and not args.parts:
            sys.exit("stancewatch_spark: on a cluster give --parts on a shared file system (hdfs://, s3a://)")
        parts_uri = "file://" + os.path.abspath(local_folder(parts_uri))
        if os.path.exists(local_folder(parts_uri)):
            sys.exit(f"stancewatch_spark: {local_folder(parts_uri)} exists; remove it or give another --parts")

    # A deterministic global order: line i of the file goes to partition i * N // n, sorted by i inside it,
    # so partition k holds a contiguous slice and the part files, in order, are the file in order.
    lines = sc.textFile(args.input)
    total = lines.count()
    partitions = args.partitions

    def slice_of(index):
        return index * partitions // max(total, 1)

    ordered = (
        lines.zipWithIndex()
        .map(lambda pair: (pair[1], pair[0]))
        .repartitionAndSortWithinPartitions(partitions, partitionFunc=slice_of)
        .values()
    )
    ordered.mapPartitions(extract_command(input_name, task_jobs, args.encoding)) \
        .saveAsTextFile(parts_uri)

    local_parts = local_folder(parts_uri)
    fetched = None
    if local_parts is None:
        # The parts are on a cluster file system: copy them to the driver, where merge runs.
        fetched = tempfile.mkdtemp(prefix="stancewatch-parts-")
        jvm = sc._jvm
        source = jvm.org.apache.hadoop.fs.Path(parts_uri)
        source.getFileSystem(sc._jsc.hadoopConfiguration()).copyToLocalFile(
            False, source, jvm.org.apache.hadoop.fs.Path("file://" + fetched), True)
        local_parts = os.path.join(fetched, os.path.basename(parts_uri.rstrip("/")))
    spark.stop()
    if bundle:
        shutil.rmtree(bundle, ignore_errors=True)

    command = [merge_binary, "merge", local_parts, "--out", args.out] + args.merge_options
    status = subprocess.call(command)
    if fetched:
        shutil.rmtree(fetched, ignore_errors=True)
    if status in (0, 1) and not args.keep_parts and local_folder(parts_uri) is not None:
        shutil.rmtree(local_folder(parts_uri), ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
