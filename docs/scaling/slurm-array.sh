#!/usr/bin/env bash
# textpipe over a corpus on a shared file system, as a Slurm job array: task
# SLURM_ARRAY_TASK_ID runs that shard of SLURM_ARRAY_TASK_COUNT. Submit with
#
#   jobid=$(sbatch --parsable docs/scaling/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap \
#     'textpipe merge /shared/out/news-*-of-8.jsonl --output /shared/out/news.jsonl'
#
# A task that fails or is preempted can be resubmitted as is: --resume keeps
# what it had written.
#SBATCH --job-name=textpipe-news
#SBATCH --array=0-7
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=04:00:00
#SBATCH --requeue
#SBATCH --output=textpipe-news-%A_%a.log
set -euo pipefail

textpipe run /shared/pipelines/news.yaml \
  --input /shared/corpus \
  --output /shared/out/news.jsonl \
  --shards "${SLURM_ARRAY_TASK_COUNT:-8}" \
  --jobs "${SLURM_CPUS_PER_TASK:-4}" \
  --resume --quiet
