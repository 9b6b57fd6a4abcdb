# standoff-bot: one process running the watcher, classifier, scheduler and chat adapters.
# Secrets are passed at run time (docker run -e SLACK_BOT_TOKEN=... ); none are baked in.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    STANDOFF_BOT_DB=/data/standoff.db

RUN useradd --create-home --uid 10001 bot
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
COPY seeds ./seeds
RUN pip install . && mkdir -p /data && chown bot:bot /data

USER bot
VOLUME ["/data"]
EXPOSE 3000 8080
HEALTHCHECK --interval=60s --timeout=5s --start-period=30s \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4).status == 200 else 1)"
ENTRYPOINT ["standoff-bot", "--config", "/app/config/default.toml"]
CMD ["run", "--health-port", "8080"]
