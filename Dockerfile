# One image for every JXC service; the command picks the service and its part:
#   jxc-inventory serve --api-only | relay | project stock-keeper | migrate
#   jxc-gateway serve   (the back office, built by the `web` stage, and /api/<service>/)
# Built in two stages: uv resolves the locked dependencies into a virtualenv in the first, the
# second is python slim with that virtualenv only, run as the unprivileged user 10001 (the
# uid the Kubernetes manifests and docker-compose.yml give; the root filesystem may be
# read-only: nothing is written but /tmp and the development key volume).
FROM node:22-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./
RUN npm run build

FROM python:3.11-slim AS build
RUN pip install --no-cache-dir uv==0.13.8
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
WORKDIR /app
COPY pyproject.toml uv.lock ./
COPY libs libs
COPY services services
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --all-packages --no-dev --no-editable

FROM python:3.11-slim
RUN groupadd --gid 10001 jxc \
 && useradd --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin jxc \
 && mkdir -p /app/.data/auth \
 && chown -R 10001:10001 /app/.data
COPY --from=build /app/.venv /app/.venv
COPY --from=web /web/dist /app/web/dist
WORKDIR /app
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    JXC_HTTP_HOST=0.0.0.0 \
    JXC_HTTP_PORT=8000
USER 10001:10001
EXPOSE 8000
CMD ["jxc-inventory", "serve"]
