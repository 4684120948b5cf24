"""Gendered address in Hebrew UI copy: masculine-only, feminine-only and slash forms, and files that mix styles."""
