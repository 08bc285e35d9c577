"""Table models (QAbstractTableModel) behind the pages' lists, testable without widgets."""
