"""Downloads: PNG through kaleido (headless Debian chromium), CSV and Parquet bytes.

Kaleido is imported and started only when a PNG is actually requested: starting Chromium costs about two
seconds and 200 MB, which a dashboard rerun must not pay. `png_unavailable_reason` lets the page show a
notice instead of a traceback when no browser is installed.
"""

from __future__ import annotations

import io
import shutil
import threading
import warnings

import pandas as pd
import plotly.graph_objects as go

PNG_WIDTH = 1200
PNG_SCALE = 2
_KALEIDO_LOCK = threading.Lock()
_server_started = False


class ExportUnavailable(RuntimeError):
    """Server-side PNG export cannot run here (no kaleido or no Chromium)."""


def png_unavailable_reason() -> str | None:
    """Why server-side PNG export cannot work, or None when it should."""
    try:
        import kaleido  # noqa: F401  (only checking that it is installed)
    except ImportError:
        return "kaleido is not installed"
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
    except Exception:  # any failure of the probe means we cannot rely on export
        found = None
    if not found and not (shutil.which("chromium") or shutil.which("google-chrome")):
        return "no Chromium/Chrome browser found"
    return None


def _ensure_server() -> None:
    """Start kaleido's persistent browser once per process (≈5x faster for later images)."""
    global _server_started
    if _server_started:
        return
    import kaleido

    try:
        kaleido.start_sync_server(silence_warnings=True)
    except TypeError:  # older signature without silence_warnings
        kaleido.start_sync_server()
    except RuntimeError:
        pass  # already running in this process
    _server_started = True


def figure_png(fig: go.Figure, *, width: int = PNG_WIDTH, scale: int = PNG_SCALE) -> bytes:
    """PNG bytes of `fig` at its own layout height; raises ExportUnavailable with a readable reason."""
    reason = png_unavailable_reason()
    if reason:
        raise ExportUnavailable(reason)
    height = int(fig.layout.height or 500)
    with _KALEIDO_LOCK:  # one Chromium, one image at a time
        try:
            _ensure_server()
            with warnings.catch_warnings():
                # With the sync server running plotly warns that per-call kaleido options are ignored.
                warnings.simplefilter("ignore", UserWarning)
                return fig.to_image(format="png", width=width, height=height, scale=scale)
        except Exception as exc:  # kaleido raises many types (choreographer, asyncio); show one message
            raise ExportUnavailable(f"{type(exc).__name__}: {exc}") from exc


def csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a BOM so that Excel opens Cyrillic text correctly."""
    return df.to_csv(index=False).encode("utf-8-sig")


def parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    # Lists of dicts (the `sources` column) are kept; pyarrow stores them as nested types.
    df.to_parquet(buf, index=False)
    return buf.getvalue()
