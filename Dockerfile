# One image for every JXC service; the command picks the service: `jxc-inventory serve`.
FROM python:3.11-slim AS build
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /app
COPY pyproject.toml uv.lock ./
COPY libs libs
COPY services services
RUN uv sync --frozen --all-packages --no-dev --no-editable

FROM python:3.11-slim
RUN useradd --create-home jxc
COPY --from=build /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH JXC_HTTP_HOST=0.0.0.0 JXC_HTTP_PORT=8000
USER jxc
EXPOSE 8000
CMD ["jxc-inventory", "serve"]
