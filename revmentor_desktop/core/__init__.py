"""Everything RevMentor knows and does, free of Qt: data, matching, services and documents."""
