"""Slips, registers and hand-over lists as PDF with reportlab; barcodes and QR codes (issue 3)."""
