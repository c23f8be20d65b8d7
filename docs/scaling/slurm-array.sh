#!/usr/bin/env bash
# textpipe over a corpus on a shared file system, as a Slurm job array: task
# SLURM_ARRAY_TASK_ID runs that shard of SLURM_ARRAY_TASK_COUNT. Submit with
#
#   jobid=$(sbatch --parsable docs/scaling/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap \
#     'textpipe merge /shared/out/news-*-of-8.jsonl --output /shared/out/news.jsonl'
#
# The paths below are defaults; sbatch passes the submitting shell's
# environment, so TEXTPIPE (the binary), TEXTPIPE_PIPELINE, TEXTPIPE_INPUT and
# TEXTPIPE_OUTPUT set there choose others, and command-line options (--array,
# --cpus-per-task, --mem, --output, ...) override the #SBATCH lines.
#
# A task that fails or is preempted can be requeued or resubmitted as is:
# --resume keeps what it had written. textpipe runs as a job step (srun), so
# a task killed by a signal leaves the batch script with exit 128+signal;
# with RequeueExit=137 in slurm.conf Slurm requeues a SIGKILLed task itself
# (scripts/slurm-run shows it).
#SBATCH --job-name=textpipe-news
#SBATCH --array=0-7
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=04:00:00
#SBATCH --requeue
#SBATCH --output=textpipe-news-%A_%a.log
set -euo pipefail

srun "${TEXTPIPE:-textpipe}" run "${TEXTPIPE_PIPELINE:-/shared/pipelines/news.yaml}" \
  --input "${TEXTPIPE_INPUT:-/shared/corpus}" \
  --output "${TEXTPIPE_OUTPUT:-/shared/out/news.jsonl}" \
  --shards "${SLURM_ARRAY_TASK_COUNT:-8}" \
  --jobs "${SLURM_CPUS_PER_TASK:-4}" \
  --resume --quiet
