from jxc.platform.sql_text import sql_text


def test_sql_in_a_string_is_found_and_docstrings_are_not() -> None:
    sample = (
        '"""A module reading FROM somewhere, in its docstring only."""\n'
        "async def holder(conn):\n"
        '    """Select FROM the codes."""\n'
        '    return await conn.execute("SELECT supplier_id FROM supplier_codes")\n'
    )

    assert sql_text("sample.py", sample) == ["sample.py:4"]
