"""The five-step partnership wizard: the wizard itself and its pages."""
